"""The words of the support map and the safety plan (TUI, --plain and exports), id and en.

Merged into ``pulih.core.text.strings.STRINGS``; call ``t`` from there."""

MAP_PLAN: dict[str, tuple[str, str]] = {
    # --- support map
    "map.title": ("Peta dukungan", "Support map"),
    "map.lead": (
        "Tambahkan orang atau kelompok dengan nama panggilan atau inisial saja. Letakkan di "
        "lingkar dalam, tengah, atau luar, lalu centang dukungan yang mereka berikan.",
        "Add people or groups by a nickname or initials only. Place each in the inner, middle or "
        "outer circle, then tick the support they give.",
    ),
    "map.empty": (
        "Peta masih kosong. Tekan a untuk menambah orang.",
        "The map is empty. Press a to add someone.",
    ),
    "circle.inner": ("Lingkar dalam", "Inner circle"),
    "circle.middle": ("Lingkar tengah", "Middle circle"),
    "circle.outer": ("Lingkar luar", "Outer circle"),
    "map.nobody": ("(belum ada)", "(nobody yet)"),
    "map.stressful": ("juga membuat tertekan", "also stressful"),
    "map.gaps": ("Belum ada yang memberi: {types}", "Nobody gives yet: {types}"),
    "map.no_gaps": (
        "Keempat jenis dukungan ada yang memberi.",
        "Someone gives each of the four kinds.",
    ),
    "map.who": ("Siapa", "Who"),
    "text.keys": (
        "Enter: selesai · Esc: batal · F9: bantuan sekarang",
        "Enter: done · Esc: cancel · F9: help now",
    ),
    "col.emotional": ("Emosi", "Emot"),
    "col.instrumental": ("Praktis", "Pract"),
    "col.informational": ("Info", "Info"),
    "col.appraisal": ("Nilai", "Appr"),
    "map.ask_name": (
        "Nama panggilan atau inisial (bukan nama lengkap)",
        "Nickname or initials (not a full name)",
    ),
    "map.keys_add": ("Tambah", "Add"),
    "map.keys_rename": ("Ubah nama", "Rename"),
    "map.keys_circle": ("Lingkar", "Circle"),
    "map.keys_types": ("Jenis dukungan", "Support types"),
    "map.keys_stress": ("Tertekan", "Stressful"),
    "map.keys_remove": ("Hapus", "Remove"),
    "map.keys_done": ("Selesai", "Done"),
    "map.offer": ("m: buat peta dukungan Anda", "m: draw your support map"),
    "key.map": ("Peta dukungan", "Support map"),
    "history.map": ("Peta dukungan, dulu dan sekarang", "Support map, then and now"),
    "history.closer": ("lebih dekat: {names}", "closer: {names}"),
    "history.further": ("lebih jauh: {names}", "further: {names}"),
    "history.joined": ("baru: {names}", "new: {names}"),
    "history.left": ("tidak lagi: {names}", "no longer: {names}"),
    "history.gaps_closed": ("celah tertutup: {types}", "gaps closed: {types}"),
    "export.map": ("Peta dukungan saya", "My support map"),
    "export.include_map": (
        "Sertakan peta dukungan di catatan?",
        "Include the support map in the note?",
    ),
    "export.include_map_note": (
        "Nama panggilan di peta akan terbaca oleh siapa pun yang memegang catatan ini.",
        "The nicknames on the map can be read by anyone who holds this note.",
    ),
    "export.include_yes": ("y: ya, sertakan", "y: yes, include it"),
    "export.include_no": ("n: tanpa peta", "n: without the map"),
    # --- safety plan
    "plan.title": ("Rencana aman saya", "My safety plan"),
    "plan.lead": (
        "Rencana ini untuk saat-saat berat. Tulis dengan kata-kata Anda sendiri; satu atau dua "
        "hal sudah cukup. Anda bisa mengubahnya kapan saja.",
        "This plan is for hard moments. Write it in your own words; one or two things are "
        "enough. You can change it any time.",
    ),
    "plan.signs": (
        "Tanda-tanda bahwa saat berat akan datang (pikiran, perasaan, situasi)",
        "Signs that a hard moment is coming (thoughts, feelings, situations)",
    ),
    "plan.cope": (
        "Yang membantu saya bertahan sendiri (misalnya berjalan, mandi air hangat, musik, berdoa)",
        "What helps me cope on my own (for example a walk, a warm shower, music, prayer)",
    ),
    "plan.distract": (
        "Orang dan tempat yang membantu mengalihkan pikiran",
        "People and places that take my mind off things",
    ),
    "plan.people": (
        "Orang yang bisa saya mintai tolong (dari peta atau tulis sendiri)",
        "People I can ask for help (from the map, or type them)",
    ),
    "plan.professionals": (
        "Tenaga profesional dan layanan darurat",
        "Professionals and crisis routes",
    ),
    "plan.clinician": (
        "Psikolog, konselor, dokter, atau Puskesmas saya sendiri (nama dan tempat)",
        "My own psychologist, counsellor, doctor or Puskesmas (name and place)",
    ),
    "plan.reasons": (
        "Alasan saya untuk tetap hidup: hal atau orang yang paling berarti bagi saya",
        "My reasons for living: the things or people that matter most to me",
    ),
    "plan.environment": (
        "Cara membuat lingkungan saya lebih aman (misalnya menitipkan barang berbahaya ke orang lain)",
        "How I can make my surroundings safer (for example asking someone to keep risky things)",
    ),
    "plan.empty": ("(belum diisi · tekan {n} untuk menulis)", "(empty · press {n} to write)"),
    "plan.igd": (
        "Dalam bahaya: telepon 119 atau datang ke IGD rumah sakit terdekat.",
        "In danger: call 119 or go to the nearest hospital emergency department (IGD).",
    ),
    "plan.from_map": ("Dari peta Anda: {names}", "From your map: {names}"),
    "plan.hope": (
        "Saat berat bisa berlalu. Langkah kecil tetap berarti.",
        "Hard moments can pass. Small steps still count.",
    ),
    "plan.save_question": (
        "Simpan rencana aman ini di komputer ini?",
        "Save this safety plan on this computer?",
    ),
    "plan.none": (
        "Belum ada rencana aman tersimpan. Tulis di pulih: tekan h lalu p.",
        "No safety plan is saved yet. Write one in pulih: press h, then p.",
    ),
    "plan.keys_edit": ("Tulis", "Write"),
    "plan.saved": ("Rencana aman tersimpan.", "Safety plan saved."),
    # --- two windows: what was saved meanwhile is never lost silently
    "merge.plan_changed": (
        "Rencana aman ini juga diubah dan disimpan di tempat lain (jendela pulih yang lain) "
        "sejak dibuka di sini. Bagian yang hanya diubah di satu tempat sudah digabung. Untuk "
        "bagian yang diubah di kedua tempat, pilih mana yang disimpan:",
        "This safety plan was also changed and saved elsewhere (another pulih window) since it "
        "was opened here. Parts changed in only one place are combined. For each part changed "
        "in both places, choose what to keep:",
    ),
    "merge.map_changed": (
        "Peta dukungan hasil ini juga diubah dan disimpan di tempat lain sejak dibuka di sini. "
        "Orang yang hanya diubah di satu tempat sudah digabung. Untuk orang yang diubah di "
        "kedua tempat, pilih mana yang disimpan:",
        "This result's support map was also changed and saved elsewhere since it was opened "
        "here. People changed in only one place are combined. For each person changed in both "
        "places, choose what to keep:",
    ),
    "merge.mine": ("Di sini", "Here"),
    "merge.theirs": ("Yang tersimpan", "As saved"),
    "merge.removed": ("(dihapus)", "(removed)"),
    "merge.keep_mine": ("simpan yang di sini", "keep this one"),
    "merge.keep_theirs": ("pakai yang tersimpan", "keep the saved one"),
    "merge.keep_both": ("simpan keduanya", "keep both"),
    "merge.choose": ("Pilih 1, 2, atau 3", "Choose 1, 2 or 3"),
    "merge.cancel_key": ("batal, belum disimpan", "cancel, nothing saved"),
    "merge.still_changing": (
        "Rencana ini terus diubah di jendela lain; tutup jendela itu, lalu simpan lagi.",
        "It keeps being changed in another window; close that window, then save again.",
    ),
    "merge.cancelled": (
        "Belum disimpan: yang tersimpan tetap seperti semula. Yang di sini tetap di layar.",
        "Not saved: what was saved stays as it was. What is here stays on screen.",
    ),
    "plan.offer": ("p: tulis rencana aman", "p: write a safety plan"),
    "plan.open": ("p: rencana aman saya", "p: my safety plan"),
    "key.plan": ("Rencana aman", "Safety plan"),
    # --- line mode
    "plain.map_offer": (
        "Gambar peta dukungan Anda (siapa memberi dukungan apa)? y/n",
        "Draw your support map (who gives which support)? y/n",
    ),
    "plain.map_name": (
        "Nama panggilan atau inisial orang atau kelompok (kosongkan jika selesai)",
        "Nickname or initials of a person or group (leave empty when done)",
    ),
    "plain.map_circle": (
        "Seberapa dekat? 1 lingkar dalam, 2 tengah, 3 luar (bawaan: 2)",
        "How close? 1 inner circle, 2 middle, 3 outer (default: 2)",
    ),
    "plain.map_types": (
        "Dukungan yang ia beri, nomor dipisah spasi (kosongkan jika belum ada). {types}",
        "Support they give, numbers separated by spaces (empty if none yet). {types}",
    ),
    "plain.map_stress": (
        "Apakah hubungan ini kadang juga membuat Anda tertekan? y/n",
        "Is this tie sometimes stressful for you too? y/n",
    ),
    "plain.plan_offer": (
        "Mau menulis rencana aman sekarang, dengan kata-kata Anda sendiri? y/n",
        "Would you like to write a safety plan now, in your own words? y/n",
    ),
    "plain.plan_how": (
        "Tulis satu atau dua hal untuk tiap bagian, lalu Enter. Kosongkan untuk melewati.",
        "Write one or two things for each part, then Enter. Leave it empty to skip.",
    ),
}
