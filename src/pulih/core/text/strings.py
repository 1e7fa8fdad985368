"""The words pulih itself says, in Bahasa Indonesia and English (content-guidelines §4).

Questionnaire wording, bands and per-type sentences live in questionnaires/; this is only the
app's own voice. Kept free of pydantic so the welcome screen can use it before anything loads.
"""

from __future__ import annotations

from pulih.core.text.i18n import Lang
from pulih.core.text.strings_cli import CLI
from pulih.core.text.strings_directory import DIRECTORY
from pulih.core.text.strings_faults import FAULTS
from pulih.core.text.strings_journey import JOURNEY
from pulih.core.text.strings_lists import LISTS
from pulih.core.text.strings_mapplan import MAP_PLAN
from pulih.core.text.strings_pictures import PICTURES
from pulih.core.text.strings_place import PLACE
from pulih.core.text.strings_plain import PLAIN
from pulih.core.text.strings_projector import PROJECTOR
from pulih.core.text.strings_steps import STEPS
from pulih.core.text.strings_store import STORE
from pulih.core.text.strings_workshop import WORKSHOP

STRINGS: dict[str, tuple[str, str]] = {
    # --- welcome
    "app.tagline": (
        "Refleksi singkat tentang dukungan di sekitar Anda",
        "A short reflection on the support around you",
    ),
    "welcome.what": (
        "pulih mengajak Anda melihat dukungan yang Anda miliki saat ini: emosional, praktis, "
        "informasi, dan penilaian. Sekitar 5 menit. Di akhir, Anda mendapat gambaran dan satu "
        "langkah nyata berikutnya.",
        "pulih helps you look at the support you have right now: emotional, practical, "
        "informational and appraisal. About 5 minutes. At the end you get a picture and one "
        "concrete next step.",
    ),
    "welcome.not": (
        "pulih bukan diagnosis dan bukan pengganti tenaga profesional.",
        "pulih is not a diagnosis and does not replace a professional.",
    ),
    "welcome.privacy": (
        "Privat: tidak ada yang keluar dari komputer ini, dan tidak ada yang disimpan tanpa "
        "izin Anda.",
        "Private: nothing leaves this computer, and nothing is saved unless you say so.",
    ),
    "welcome.keys": (
        "Tombol: Enter mulai · angka 1–5 menjawab · 0 lewati · b kembali · h bantuan sekarang · "
        "x keluar cepat · F1 panduan · q keluar",
        "Keys: Enter start · digits 1–5 answer · 0 skip · b back · h help now · "
        "x quick exit · F1 help · q quit",
    ),
    "welcome.start": ("Tekan Enter untuk mulai", "Press Enter to start"),
    "welcome.language": ("l: English", "l: Bahasa Indonesia"),
    # --- bindings (footer)
    "key.start": ("Mulai", "Start"),
    "key.language": ("Bahasa", "Language"),
    "key.help_now": ("Bantuan sekarang", "Help now"),
    "key.quick_exit": ("Keluar cepat", "Quick exit"),
    "key.help": ("Panduan", "Help"),
    "key.quit": ("Keluar", "Quit"),
    "key.back": ("Kembali", "Back"),
    "key.skip": ("Lewati", "Skip"),
    "key.answer": ("Jawab", "Answer"),
    "key.close": ("Tutup", "Close"),
    "key.continue": ("Lanjut", "Continue"),
    # --- questions
    "question.progress": ("{n} / {total}", "{n} / {total}"),
    "question.answer_hint": (
        "Tekan angka untuk menjawab · 0 lewati · b kembali",
        "Press a number to answer · 0 skip · b back",
    ),
    "question.skipped": ("(dilewati)", "(skipped)"),
    "question.chosen": ("pilihan Anda", "your answer"),
    # --- the check offer
    "offer.title": ("Cek kondisi (pilihan)", "Wellbeing check (optional)"),
    "offer.body": (
        "Mau lanjut dengan {n} pertanyaan singkat tentang perasaan Anda dalam 2 minggu terakhir, "
        "termasuk beberapa pertanyaan tentang keselamatan Anda (dan satu lagi bila perlu)? Ini "
        "membantu pulih menyarankan bantuan yang pas. Boleh dilewati.",
        "Would you like to go on with {n} short questions about how you have felt over the last "
        "2 weeks, including a few about your safety (and one more if needed)? They help pulih "
        "suggest the right help. You may skip them.",
    ),
    "offer.take": ("Enter: ikut cek kondisi", "Enter: take the check"),
    "offer.skip": ("s: lewati, langsung ke hasil", "s: skip, go to the results"),
    # --- crisis
    "crisis.urgent.title": ("Bantuan sekarang", "Help right now"),
    "crisis.urgent.lead": (
        "Terima kasih sudah jujur. Anda tidak sendirian, dan bantuan bisa dihubungi sekarang.",
        "Thank you for being honest. You are not alone, and help can be reached right now.",
    ),
    "crisis.urgent.lead_skipped": (
        "Anda tidak sendirian, dan bantuan bisa dihubungi sekarang.",
        "You are not alone, and help can be reached right now.",
    ),
    "crisis.urgent.steps": (
        "1. Telepon 119 (gawat darurat) atau datang ke IGD rumah sakit terdekat.\n"
        "2. Hubungi orang yang Anda percaya sekarang, dan minta ia menemani Anda.\n"
        "3. Atau hubungi salah satu layanan di bawah ini.",
        "1. Call 119 (emergency) or go to the nearest hospital emergency department (IGD).\n"
        "2. Contact someone you trust now, and ask them to stay with you.\n"
        "3. Or reach one of the services below.",
    ),
    "crisis.safety.title": ("Keselamatan Anda penting", "Your safety matters"),
    "crisis.safety.lead": (
        "Terima kasih sudah menjawab dengan jujur. Pikiran seperti ini bisa berubah, dan "
        "bantuan tersedia. Sebaiknya bicarakan dengan tenaga profesional dalam beberapa hari "
        "ini: Puskesmas, psikolog, atau psikiater.",
        "Thank you for answering honestly. Thoughts like these can change, and help is there. "
        "It would be good to talk with a professional in the next few days: the Puskesmas, a "
        "psychologist or a psychiatrist.",
    ),
    "crisis.safety.prompt": (
        "Apa yang membantu saya tetap aman? Pikirkan satu orang yang bisa Anda hubungi dan "
        "satu tempat yang terasa aman.",
        "What helps me stay safe? Think of one person you could contact and one place that "
        "feels safe.",
    ),
    "crisis.help.title": ("Bantuan sekarang", "Help now"),
    "crisis.help.lead": (
        "Jika Anda dalam bahaya atau ingin mengakhiri hidup, telepon 119 atau datang ke IGD "
        "terdekat. Hubungi juga orang yang Anda percaya.",
        "If you are in danger or thinking of ending your life, call 119 or go to the nearest "
        "emergency department (IGD). Contact someone you trust, too.",
    ),
    "crisis.busy": (
        "Kalau tidak tersambung atau harus menunggu, itu bukan salah Anda. Coba pilihan "
        "berikutnya.",
        "If a line does not connect or you have to wait, it is not your fault. Try the next one.",
    ),
    "crisis.checked": ("Terakhir dicek: {date}", "Last checked: {date}"),
    "crisis.checked_desk": (
        "Dicek lewat sumber publik, {month}",
        "Checked from public sources, {month}",
    ),
    "crisis.checked_call": ("Ditelepon {date}", "Called {date}"),
    "crisis.for": ("Khusus untuk: {who}", "Only for: {who}"),
    "crisis.stale": ("bisa jadi sudah berubah", "may have changed"),
    "crisis.continue": ("Enter: lanjut", "Enter: continue"),
    "crisis.none": (
        "Daftar layanan tidak bisa dibaca, tetapi bantuan tetap ada:\n"
        "- Telepon 119 (gawat darurat, gratis, 24 jam).\n"
        "- Datang ke IGD rumah sakit terdekat.\n"
        "- Buka www.healing119.id (Kemenkes, gratis, anonim).\n"
        "- Hubungi orang yang Anda percaya sekarang.",
        "The list of services could not be read, but help is still there:\n"
        "- Call 119 (emergency, free, 24 hours).\n"
        "- Go to the nearest hospital emergency department (IGD).\n"
        "- Open www.healing119.id (Ministry of Health, free, anonymous).\n"
        "- Contact someone you trust now.",
    ),
    # --- results
    "results.title": ("Hasil refleksi · gambaran saat ini", "Your reflection · a picture of now"),
    "results.not_diagnosis": (
        "Ini bukan diagnosis. Hanya tenaga profesional yang dapat menilai kondisi Anda.",
        "This is not a diagnosis. Only a professional can assess your condition.",
    ),
    "results.strengths": ("Kekuatan Anda", "Your strengths"),
    "results.strengthen": ("Yang bisa diperkuat", "What could be strengthened"),
    "results.no_strengths": (
        "Setiap jawaban Anda adalah titik awal. Dukungan bisa tumbuh, satu langkah kecil setiap kali.",
        "Every answer is a starting point. Support can grow, one small step at a time.",
    ),
    "results.insufficient": ("belum cukup jawaban", "not enough answers"),
    "results.insufficient_statement": (
        "Belum cukup jawaban untuk jenis dukungan ini (perlu 2 dari 3).",
        "Not enough answers for this type of support (2 of 3 needed).",
    ),
    "results.next_step": ("Langkah kecil: {step}", "A small step: {step}"),
    "results.overall": ("Dukungan keseluruhan", "Overall support"),
    "results.distress": ("Cek kondisi (2 minggu terakhir)", "Wellbeing check (last 2 weeks)"),
    "results.distress_with_safety": (
        "Angka ini hanya tentang cemas dan sedih; jawaban Anda tentang keselamatan lebih penting "
        "daripada angka ini.",
        "This number is only about worry and low mood; your answers about safety matter more "
        "than this number.",
    ),
    "results.distress_partial": (
        "{skipped} dari {count} pertanyaan tentang rasa cemas dan sedih dilewati. Dari jawaban "
        "yang ada, skornya paling sedikit {low} dari 12.",
        "{skipped} of the {count} questions about worry and low mood were skipped. From the "
        "answers given, the score is at least {low} of 12.",
    ),
    "results.distress_at_least": (
        'Itu sudah setidaknya "{band}", jadi saran di bawah mengikutinya.',
        'That is already at least "{band}", so the suggestions below follow it.',
    ),
    "results.distress_incomplete": (
        "Belum cukup jawaban untuk cek kondisi.",
        "Not enough answers for the wellbeing check.",
    ),
    "results.check_skipped": (
        "Cek kondisi dilewati.",
        "The wellbeing check was skipped.",
    ),
    "results.recheck": (
        "Perasaan bisa berubah. Anda bisa mengulang refleksi ini kapan saja, misalnya 2 minggu lagi.",
        "Feelings change. You can do this reflection again any time, for example in 2 weeks.",
    ),
    "results.crisis_first": ("Bantuan yang bisa dihubungi sekarang", "Help you can reach now"),
    "results.source": ("Tentang pertanyaan ini", "About these questions"),
    "results.not_validated": (
        "Skor per jenis dukungan berasal dari pernyataan yang belum divalidasi: bahan "
        "refleksi, bukan ukuran.",
        "The per-type scores come from statements that are not yet validated: prompts for "
        "reflection, not a measurement.",
    ),
    "history.referral.none": ("tanpa saran rujukan", "no referral suggested"),
    "history.referral.suggest": (
        "disarankan bicara dengan tenaga profesional",
        "talking with a professional suggested",
    ),
    "history.referral.strong": (
        "sangat disarankan menemui tenaga profesional",
        "seeing a professional strongly suggested",
    ),
    "history.referral.urgent": ("bantuan segera disarankan", "urgent help suggested"),
    "history.safety": (
        "Pertanyaan keselamatan (hanya untuk Anda): {marks}",
        "Safety questions (for your eyes only): {marks}",
    ),
    "history.safety_yes": (
        "ada jawaban yang menandakan perlu bantuan",
        "an answer that called for help",
    ),
    "history.safety_no": ("tidak ada tanda", "none called for help"),
    "about.version": ("versi {version}", "version {version}"),
    # --- referral
    "referral.title": ("Saran bantuan profesional", "Professional help"),
    "referral.urgent": (
        "Hubungi bantuan sekarang: telepon 119 atau datang ke IGD terdekat, dan hubungi orang "
        "yang Anda percaya.",
        "Reach help now: call 119 or go to the nearest emergency department (IGD), and contact "
        "someone you trust.",
    ),
    "referral.strong": (
        "Sebaiknya temui tenaga profesional segera, dalam minggu ini: Puskesmas (banyak yang "
        "punya psikolog, ditanggung BPJS), psikolog, atau psikiater.",
        "It would be good to see a professional soon, this week: the Puskesmas (many have a "
        "psychologist, covered by BPJS), a psychologist or a psychiatrist.",
    ),
    "referral.strong_safety": (
        "Sebaiknya bicarakan dengan tenaga profesional dalam beberapa hari ini: Puskesmas "
        "(banyak yang punya psikolog, ditanggung BPJS), psikolog, atau psikiater.",
        "It would be good to talk with a professional in the next few days: the Puskesmas (many "
        "have a psychologist, covered by BPJS), a psychologist or a psychiatrist.",
    ),
    "referral.suggest": (
        "Berbicara dengan tenaga profesional (Puskesmas atau psikolog) bisa membantu. Tidak "
        "mendesak. Bersama itu, dukungan komunitas juga bermanfaat. Cek lagi dalam 2 minggu.",
        "Talking with a professional (the Puskesmas or a psychologist) can help. It is not "
        "urgent. Community support helps alongside it. Check again in 2 weeks.",
    ),
    "referral.none": (
        "Berbicara dengan konselor atau psikolog selalu bisa menjadi pilihan, kapan pun Anda mau.",
        "Talking with a counsellor or psychologist is always an option, whenever you want.",
    ),
    "results.keys": (
        "h bantuan sekarang · a tentang pertanyaan · q keluar",
        "h help now · a about the questions · q quit",
    ),
    # --- suggestions: reasons (joined with " · ")
    "type.emotional": ("emosional", "emotional"),
    "type.instrumental": ("praktis", "practical"),
    "type.informational": ("informasi", "informational"),
    "type.appraisal": ("penilaian", "appraisal"),
    "and": ("dan", "and"),
    "reason.thin": ("karena dukungan {types} Anda tipis", "because your {types} support is thin"),
    "reason.lower": (
        "karena dukungan {types} Anda lebih rendah dari yang lain",
        "because your {types} support is lower than the rest",
    ),
    "reason.gap": (
        "belum ada yang memberi dukungan {types} di peta Anda",
        "nobody on your map gives {types} support yet",
    ),
    "reason.gives": ("memberi dukungan {types}", "gives {types} support"),
    "reason.professional": (
        "tenaga profesional, sesuai saran di atas",
        "a professional, as suggested above",
    ),
    "reason.region": ("di {region}", "in {region}"),
    "reason.nearest": (
        "yang terdekat yang tercatat: di {region}, {province} (provinsi lain)",
        "the nearest listed: in {region}, {province} (another province)",
    ),
    "reason.nationwide": ("seluruh Indonesia", "anywhere in Indonesia"),
    "reason.interest": ("sesuai minat: {interests}", "matches your interests: {interests}"),
    "reason.audience": ("untuk {audience}", "for {audience}"),
    "mode.online": ("daring", "online"),
    "mode.offline": ("tatap muka", "in person"),
    "mode.phone": ("telepon", "phone"),
    "mode.chat": ("chat", "chat"),
    "cost.free": ("gratis", "free"),
    "cost.bpjs": ("ditanggung BPJS", "covered by BPJS"),
    "cost.paid": ("berbayar", "paid"),
    "cost.sliding": ("tarif sesuai kemampuan", "sliding-scale fee"),
    "suggest.title": ("Saran untuk Anda", "Suggestions for you"),
    "suggest.none": (
        "Belum ada saran yang cocok di daftar ini. Puskesmas atau kader kesehatan jiwa di "
        "daerah Anda bisa membantu mencarikan kegiatan atau kelompok.",
        "No suggestion in this list fits yet. The Puskesmas or a mental-health cadre near you "
        "can help find an activity or group.",
    ),
    "suggest.how": ("Cara menghubungi: {contact}", "How to reach: {contact}"),
    "suggest.address": ("Alamat: {address}", "Address: {address}"),
    "suggest.refers_to": (
        "Dari sini puskesmas dapat merujuk Anda ke {name}.",
        "From here the puskesmas can refer you to {name}.",
    ),
    "suggest.source_date": ("Sumber terbaru: {month}", "Newest source: {month}"),
    "suggest.undated": ("Tanpa sumber bertanggal", "No dated source"),
    "suggest.stale": (
        "mungkin sudah berubah, cek dulu sebelum datang",
        "may have changed, check before you go",
    ),
    "kind.crisis_line": ("layanan krisis", "crisis line"),
    "kind.emergency": ("darurat", "emergency"),
    "kind.puskesmas": ("puskesmas", "community health centre"),
    "kind.hospital": ("rumah sakit", "hospital"),
    "kind.psychologist": ("psikolog", "psychologist"),
    "kind.psychiatrist": ("psikiater", "psychiatrist"),
    "kind.counselling": ("konseling", "counselling"),
    "kind.psychosocial": ("layanan psikososial", "psychosocial service"),
    "kind.peer_support": ("dukungan sebaya", "peer support"),
    "kind.support_group": ("kelompok dukungan", "support group"),
    "kind.volunteer_listener": ("relawan pendengar", "volunteer listeners"),
    "kind.social_activity": (
        "kegiatan bersama (resep sosial)",
        "shared activity (social prescribing)",
    ),
    "kind.screening": ("skrining mandiri", "self-screening"),
    "kind.directory": ("direktori", "directory"),
    "kind.education": ("edukasi", "education"),
    "kind.community_mental_health": (
        "kesehatan jiwa masyarakat",
        "community mental health",
    ),
    "kind.protection": ("perlindungan perempuan dan anak", "women's and children's protection"),
    "kind.social_service": ("layanan sosial", "social services"),
    "kind.legal_aid": ("bantuan hukum", "legal aid"),
    "suggest.keys_narrow": ("Saring", "Narrow"),
    "results.see_suggestions": ("Lihat saran", "See suggestions"),
    "narrow.title": ("Saring saran", "Narrow the suggestions"),
    "narrow.lead": (
        "Pilih yang cocok untuk Anda. Enter atau spasi mencentang; pilihan hanya disimpan "
        "selama pulih terbuka.",
        "Choose what suits you. Enter or space ticks an option; choices last only while "
        "pulih is open.",
    ),
    "narrow.region": ("Wilayah: {region}", "Region: {region}"),
    "narrow.region_none": ("(tidak disebut)", "(not given)"),
    "narrow.modes": ("Cara", "How"),
    "narrow.cost": ("Biaya", "Cost"),
    "narrow.interests": ("Minat", "Interests"),
    "narrow.apply": ("Terapkan", "Apply"),
    "narrow.clear": ("Hapus semua pilihan", "Clear all choices"),
    "narrow.pick_region": ("Pilih provinsi", "Choose a province"),
    "key.toggle": ("Centang", "Tick"),
    # --- saving, history, export, forget
    "save.question": ("Simpan hasil ini di komputer ini?", "Save this result on this computer?"),
    "save.yes": ("y: ya, simpan", "y: yes, save"),
    "save.no": ("n: tidak", "n: no"),
    "save.default": ("Enter: {choice}", "Enter: {choice}"),
    "save.done": ("Tersimpan di komputer ini.", "Saved on this computer."),
    "save.disabled": (
        "Mode tanpa simpan: tidak ada yang disimpan.",
        "No-save mode: nothing is saved.",
    ),
    "save.failed": (
        "Tidak bisa menyimpan: {reason}. Hasil tetap ada selama pulih terbuka; Anda bisa "
        "mengekspornya.",
        "Could not save: {reason}. The result stays while pulih is open; you can export it.",
    ),
    "save.damaged": (
        "File simpanan lama rusak dan sudah dipindahkan (tidak dihapus): {path}",
        "An old saved file was damaged and has been moved aside (not deleted): {path}",
    ),
    "quit.saved_note": (
        "Hasil ini sudah tersimpan di komputer ini.",
        "This result is saved on this computer.",
    ),
    "quit.save_question": (
        "Hasil ini belum disimpan.",
        "This result has not been saved.",
    ),
    "quit.save_and_quit": ("s: simpan lalu keluar", "s: save, then quit"),
    "key.save": ("Simpan", "Save"),
    "key.export": ("Ekspor", "Export"),
    "key.history": ("Riwayat", "History"),
    "key.forget": ("Hapus data saya", "Delete my data"),
    "key.where": ("Lokasi data", "Where data lives"),
    "key.next_step": ("Pilih langkah", "Choose step"),
    "suggest.mine": ("langkah saya berikutnya", "my next step"),
    "data.title": ("Data Anda", "Your data"),
    "data.keys": ("d: hapus semua data saya · b: kembali", "d: delete all my data · b: back"),
    "export.question": ("Simpan catatan untuk dibawa ke:", "Write a note to bring along, to:"),
    "history.title": ("Riwayat refleksi", "Your past reflections"),
    "history.none": (
        "Belum ada hasil yang disimpan di komputer ini.",
        "No results are saved on this computer yet.",
    ),
    "history.then_now": ("Dulu dan sekarang", "Then and now"),
    "history.distress": ("Cek kondisi dari waktu ke waktu", "Wellbeing check over time"),
    "history.skipped": ("dilewati", "skipped"),
    "history.open": ("Buka hasil", "Open a result"),
    "history.saved_on": ("Disimpan {date}", "Saved {date}"),
    "export.title": ("Catatan refleksi dukungan", "Support reflection note"),
    "export.for": (
        "Catatan ini bisa Anda bawa ke Puskesmas, konselor, atau pendamping.",
        "You can bring this note to a Puskesmas, a counsellor or a link worker.",
    ),
    "export.date": ("Tanggal", "Date"),
    "export.support": ("Gambaran dukungan", "Support picture"),
    "export.referral": ("Saran rujukan", "Referral"),
    "export.steps": ("Langkah yang saya pilih", "Next steps I chose"),
    "export.no_steps": ("(belum ada yang dipilih)", "(none chosen yet)"),
    "export.contacts": ("Layanan yang cocok", "Matched services"),
    "export.crisis_routes": (
        "Bila keadaan memburuk: bantuan krisis",
        "If things get worse: crisis help",
    ),
    "export.include_clinician": (
        "Tambahkan satu baris untuk tenaga kesehatan?",
        "Add one line for the clinician?",
    ),
    "export.include_clinician_note": (
        'Baris itu berbunyi: pada TANGGAL saya menjawab "ya" pada pertanyaan keselamatan. Bisa '
        "membantu petugas memahami keadaan Anda tanpa Anda harus menjelaskannya. Tidak "
        "ditambahkan kecuali Anda memilih ya.",
        'It says: on DATE I answered "yes" to the safety questions. It can help the clinician '
        "understand without you having to explain it. Left out unless you choose yes.",
    ),
    "export.clinician": (
        'Untuk tenaga kesehatan: pada {date} saya menjawab "ya" pada pertanyaan keselamatan '
        "(ASQ) di pulih. Ini bukan diagnosis.",
        'For the clinician: on {date} I answered "yes" to the safety questions (ASQ) in '
        "pulih. This is not a diagnosis.",
    ),
    "export.made_by": (
        "Dibuat dengan pulih di komputer ini; tidak ada yang dikirim ke mana pun.",
        "Made with pulih on this computer; nothing was sent anywhere.",
    ),
    "export.written": ("Catatan disimpan: {path}", "Note written: {path}"),
    "forget.title": ("Hapus semua data saya", "Delete all my data"),
    "forget.question": (
        "Hapus semua yang disimpan pulih di komputer ini, termasuk file yang disisihkan, cache, "
        "dan catatan ekspor yang dicatat pulih? Semuanya tertulis di bawah. Ini tidak bisa "
        "dibatalkan.",
        "Delete everything pulih saved on this computer, including files set aside, caches and "
        "the exported notes pulih recorded? Each one is listed below. This cannot be undone.",
    ),
    "forget.yes": ("y: ya, hapus semuanya", "y: yes, delete everything"),
    "forget.no": ("n: tidak, kembali", "n: no, go back"),
    "forget.done": ("Dihapus: {count} file.", "Deleted: {count} files."),
    "forget.nothing": (
        "Tidak ada data pulih di komputer ini.",
        "There is no pulih data on this computer.",
    ),
    "where.title": ("Di mana data pulih berada", "Where pulih keeps data"),
    "where.data": ("Hasil yang disimpan: {path}", "Saved results: {path}"),
    "where.cache": ("Cache direktori: {path}", "Directory cache: {path}"),
    "where.empty": ("(kosong)", "(empty)"),
    # --- plain (line) mode
    "plain.notice": (
        "pulih: keluaran bukan terminal, jadi memakai mode baris (--plain).",
        "pulih: output is not a terminal, so using line mode (--plain).",
    ),
    "plain.how": (
        "Ketik nomor lalu Enter. 0 = lewati, b = kembali, h = bantuan sekarang, "
        "p = rencana aman, x atau q = keluar cepat (tidak ada yang disimpan).",
        "Type a number, then Enter. 0 = skip, b = back, h = help now, p = safety plan, "
        "x or q = quick exit (nothing is saved).",
    ),
    "plain.progress": ("{title}, pertanyaan {n} dari {total}", "{title}, question {n} of {total}"),
    "plain.answer": ("Jawaban", "Answer"),
    "plain.invalid": (
        "Ketik salah satu nomor: {choices}. (x = keluar cepat)",
        "Type one of the numbers: {choices}. (x = quick exit)",
    ),
    "plain.offer": (
        "Ikut cek kondisi? Ketik y (ya) atau n (tidak)",
        "Take the wellbeing check? Type y (yes) or n (no)",
    ),
    "plain.ended": ("Masukan selesai; tidak ada yang disimpan.", "Input ended; nothing was saved."),
    "plain.bye": ("Sampai jumpa. Jaga diri Anda.", "Goodbye. Take care of yourself."),
    "size.too_small": (
        "Layar terlalu kecil. Perbesar terminal (minimal 40×12).",
        "The terminal is too small. Please enlarge it (at least 40×12).",
    ),
    "learn.title": ("Belajar", "Learn"),
    "learn.next": ("Berikutnya", "Next"),
    "learn.previous": ("Sebelumnya", "Previous"),
    "key.learn": ("Belajar", "Learn"),
    "demo.banner": (
        "DEMO · persona fiktif: {name} · z layar kosong · w mulai lagi",
        "DEMO · fictional persona: {name} · z blank · w start over",
    ),
    "demo.suggest": (
        "Demo: {name} memilih \u201c{label}\u201d · Enter",
        "Demo: {name} chooses \u201c{label}\u201d · Enter",
    ),
    "demo.suggest_skip": (
        "Demo: {name} melewati pertanyaan ini · Enter",
        "Demo: {name} skips this question · Enter",
    ),
    "demo.announce_title": ("Sebelum demo ini dimulai", "Before this demo starts"),
    "demo.persona": ("Persona fiktif: {text}", "Fictional persona: {text}"),
    "demo.unknown": (
        "Persona demo tidak dikenal: {name}. Pilihan: {names}",
        "Unknown demo persona: {name}. Choices: {names}",
    ),
    # --- quit / help
    "quit.question": ("Keluar dari pulih?", "Quit pulih?"),
    "quit.note": (
        "Jawaban Anda tidak disimpan.",
        "Your answers are not saved.",
    ),
    "quit.yes": ("y: ya, keluar", "y: yes, quit"),
    "quit.no": ("n: tidak, lanjutkan", "n: no, go on"),
    "help.title": ("Panduan", "Help"),
    "help.body": (
        "Jawab setiap pernyataan dengan angka. 0 melewati pertanyaan; b atau ← kembali ke "
        "pertanyaan sebelumnya untuk mengubah jawaban.\n\n"
        "h  Bantuan sekarang: kontak darurat, dari layar mana pun\n"
        "x  Keluar cepat: layar dibersihkan dan pulih langsung tertutup, tanpa menyimpan apa pun\n"
        "q  Keluar (dengan konfirmasi)\n"
        "F1 Panduan ini\n"
        "F9 / F10  Bantuan sekarang / keluar cepat, juga saat sedang mengetik\n\n"
        "m  Peta dukungan: siapa memberi dukungan apa · h lalu p: rencana aman saya\n"
        "s  Simpan hasil (pulih bertanya dulu) · e ekspor catatan · r riwayat · d data Anda\n"
        "w  Mulai lagi dari awal (pulih bertanya dulu bila hasil belum disimpan)\n"
        "b / Esc  Kembali ke layar sebelumnya · Enter di hasil: saran untuk Anda\n"
        "i  Belajar: jenis dukungan dan jenis bantuan · Ctrl+P ganti tema\n\n"
        "pulih tidak memakai internet dan tidak menyimpan apa pun tanpa izin Anda.",
        "Answer each statement with a number. 0 skips a question; b or ← goes back to the "
        "previous question to change your answer.\n\n"
        "h  Help now: crisis contacts, from any screen\n"
        "x  Quick exit: clears the screen and closes pulih at once, saving nothing\n"
        "q  Quit (asks first)\n"
        "F1 This help\n"
        "F9 / F10  Help now / quick exit, also while typing\n\n"
        "m  Support map: who gives which support · h then p: my safety plan\n"
        "s  Save the result (pulih asks first) · e export a note · r history · d your data\n"
        "w  Start over (pulih asks first if the result is not saved)\n"
        "b / Esc  Back to the previous screen · Enter on the results: suggestions for you\n"
        "i  Learn: the kinds of support and of help · Ctrl+P switch theme\n\n"
        "pulih does not use the internet and saves nothing unless you say so.",
    ),
    "error.data": (
        "pulih tidak bisa membaca datanya: {problem}",
        "pulih could not read its data: {problem}",
    ),
}


STRINGS.update(MAP_PLAN)
STRINGS.update(PLACE)
STRINGS.update(FAULTS)
STRINGS.update(STORE)
STRINGS.update(DIRECTORY)
STRINGS.update(WORKSHOP)
STRINGS.update(PICTURES)
STRINGS.update(STEPS)
STRINGS.update(JOURNEY)
STRINGS.update(CLI)
STRINGS.update(PLAIN)
STRINGS.update(LISTS)
STRINGS.update(PROJECTOR)


def t(key: str, lang: Lang, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{names}`` filled in."""
    indonesian, english = STRINGS[key]
    text = indonesian if lang == "id" else english
    return text.format(**values) if values else text


def t_count(key: str, lang: Lang, count: int, **values: object) -> str:
    """Like ``t`` with a ``{count}``: for exactly one, ``key + "_one"`` when there is one
    ("1 file", not "1 files"; Indonesian does not change)."""
    if count == 1 and f"{key}_one" in STRINGS:
        key = f"{key}_one"
    return t(key, lang, count=count, **values)
