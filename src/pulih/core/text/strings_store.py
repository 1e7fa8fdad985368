"""pulih's words about its store: faults, consent to save, exported notes, forgetting."""

from __future__ import annotations

STORE: dict[str, tuple[str, str]] = {
    # --- why the store could not be used (one calm sentence each; nothing was changed)
    "store.busy": (
        "Simpanan pulih sedang dipakai program lain (mungkin jendela pulih yang lain), jadi "
        "belum bisa dibuka. Tidak ada yang diubah.",
        "pulih's saved data is in use by another program (perhaps another pulih window), so it "
        "could not be opened just now. Nothing was changed.",
    ),
    "store.readonly": (
        "Folder data pulih tidak bisa ditulisi ({path}). Tidak ada yang diubah.",
        "pulih's data folder cannot be written to ({path}). Nothing was changed.",
    ),
    "store.full": (
        "Disk penuh, jadi tidak ada ruang untuk menyimpan ({path}). Tidak ada yang diubah.",
        "The disk is full, so there is no room to save ({path}). Nothing was changed.",
    ),
    "store.damaged": (
        "File simpanan pulih tidak bisa dibaca ({path}). Tidak ada yang dihapus.",
        "pulih's saved file cannot be read ({path}). Nothing was deleted.",
    ),
    "store.unusable": (
        "{path} dibuat oleh pulih versi yang lebih baru atau bukan milik pulih, jadi pulih "
        "membiarkannya apa adanya.",
        "{path} was made by a newer pulih or is not pulih's, so pulih left it as it is.",
    ),
    "store.unusable.newer": (
        "{path} dibuat oleh pulih versi yang lebih baru, jadi pulih ini tidak bisa membukanya. "
        "Perbarui pulih untuk membukanya.",
        "{path} was made by a newer pulih, so this pulih cannot open it. Update pulih to open it.",
    ),
    "store.unusable.not_pulih": (
        "{path} bukan simpanan pulih, jadi pulih membiarkannya apa adanya dan tidak menyimpan "
        "di sana.",
        "{path} is not a pulih store, so pulih left it as it is and saves nothing there.",
    ),
    "store.unusable.symlink": (
        "{path} adalah tautan (symbolic link), bukan file yang dibuat pulih, jadi pulih "
        "membiarkannya apa adanya.",
        "{path} is a symbolic link, not a file pulih made, so pulih left it as it is.",
    ),
    "store.unusable.not_a_file": (
        "{path} bukan file biasa (mungkin sebuah folder), jadi pulih membiarkannya apa adanya.",
        "{path} is not a plain file (perhaps a folder), so pulih left it as it is.",
    ),
    "store.forgotten": (
        "Simpanan pulih dihapus (pulih forget di jendela lain) setelah dibuka di sini, jadi "
        "yang baru saja disimpan ikut terhapus.",
        "pulih's saved data was deleted (pulih forget in another window) after it was opened "
        "here, so what was just saved went with it.",
    ),
    "store.open_to_others": (
        "Catatan: folder {path} sudah ada dan bisa dibuka akun lain di komputer ini. pulih "
        "tidak mengubahnya; pilih folder pribadi bila ingin hanya Anda yang bisa membukanya.",
        "Note: the folder {path} already existed and other accounts on this computer can open "
        "it. pulih did not change it; choose a private folder if only you should open it.",
    ),
    "store.unexpected": (
        "Ada kesalahan tak terduga di pulih saat menyimpan ({reason}); catatan teknis tanpa "
        "jawaban Anda ada di folder data.",
        "An unexpected error in pulih stopped the save ({reason}); a technical note without "
        "your answers is in the data folder.",
    ),
    "store.other": (
        "Simpanan pulih tidak bisa dibuka ({reason}). Tidak ada yang diubah.",
        "pulih's saved data could not be opened ({reason}). Nothing was changed.",
    ),
    # --- what the person is told after a failed save or read
    "save.not_saved": ("Belum tersimpan. {reason}", "Not saved. {reason}"),
    "save.not_saved_tui": (
        "Belum tersimpan. {reason} Hasil tetap di layar: tekan s untuk mencoba lagi, atau e "
        "untuk mengekspor catatan.",
        "Not saved. {reason} The result stays on screen: press s to try again, or e to export "
        "a note.",
    ),
    "read.unreadable": (
        "{count} hasil yang disimpan tidak bisa dibaca (rusak), jadi dilewati; hasil lainnya "
        "tetap ada.",
        "{count} saved results could not be read (damaged), so they were skipped; the others "
        "are all here.",
    ),
    "read.unreadable_one": (
        "1 hasil yang disimpan tidak bisa dibaca (rusak), jadi dilewati; hasil lainnya tetap ada.",
        "1 saved result could not be read (damaged), so it was skipped; the others are all here.",
    ),
    "store.unexpected_read": (
        "Ada kesalahan tak terduga di pulih saat membaca hasil yang disimpan ({reason}); "
        "tidak ada yang diubah.",
        "An unexpected error in pulih stopped reading your saved results ({reason}); nothing "
        "was changed.",
    ),
    "read.failed": (
        "Hasil yang disimpan belum bisa dibaca. {reason}",
        "Your saved results could not be read. {reason}",
    ),
    # --- consent to save: where, who else can open it, everything that will be kept
    "consent.where": (
        "Hanya di komputer ini ({path}); tidak dikirim ke mana pun. Hapus kapan saja: d (Data "
        "Anda) atau pulih forget.",
        "Only on this computer ({path}); nothing is sent anywhere. Delete it any time: d (Your "
        "data) or pulih forget.",
    ),
    "consent.where_line": (
        "Hanya di komputer ini ({path}); tidak dikirim ke mana pun. Hapus kapan saja dengan "
        "perintah pulih forget.",
        "Only on this computer ({path}); nothing is sent anywhere. Delete it any time with the "
        "command pulih forget.",
    ),
    "consent.shared": (
        "Hanya akun komputer ini yang dapat membukanya; jika akun ini dipakai bersama (warnet, "
        "lab, komputer keluarga), orang lain yang memakai akun ini juga bisa.",
        "Only this computer account can open it; if this account is shared (an internet café, "
        "a lab, a family computer), others who use this account can too.",
    ),
    "consent.kept": ("Yang disimpan: {items}.", "What is kept: {items}."),
    "consent.answers": ("jawaban dan hasil Anda", "your answers with their results"),
    "consent.map": (
        "nama panggilan di peta dukungan Anda ({count} orang)",
        "the nicknames in your support map ({count} people)",
    ),
    "consent.steps": ("langkah yang Anda pilih", "the next steps you chose"),
    "consent.theme": ("tema tampilan", "the screen theme"),
    "consent.region": ("wilayah yang Anda pilih ({region})", "the region you chose ({region})"),
    "consent.plan": (
        "rencana aman Anda, termasuk nama dan nomor yang Anda tulis di dalamnya",
        "your safety plan, with the names and numbers you wrote in it",
    ),
    "consent.and": ("serta", "and"),
    # --- exported notes
    "export.tracked": (
        "pulih mencatat file ini, jadi Data Anda menampilkannya dan pulih forget akan "
        "menghapusnya.",
        "pulih records this file, so Your data lists it and pulih forget will delete it.",
    ),
    "export.untracked": (
        "Karena ini belum disimpan, pulih tidak mencatat file ini, jadi pulih forget tidak akan "
        "menghapusnya (kecuali Anda menyimpannya nanti). Hapus sendiri bila sudah tidak perlu.",
        "Because this has not been saved, pulih keeps no record of this file, so pulih forget "
        "will not delete it (unless you save later). Delete it yourself when you no longer "
        "need it.",
    ),
    "export.not_recorded": (
        "pulih tidak bisa mencatat file ini, jadi pulih forget tidak akan menghapusnya. Hapus "
        "sendiri bila sudah tidak perlu.",
        "pulih could not record this file, so pulih forget will not delete it. Delete it "
        "yourself when you no longer need it.",
    ),
    "export.change": (
        "c: pilih tempat lain (folder atau nama file)",
        "c: choose another place (a folder or a file name)",
    ),
    "export.where_prompt": (
        "Simpan catatan di mana? Tulis folder atau nama file lengkap.",
        "Where should the note go? Type a folder or a full file name.",
    ),
    "export.private": (
        "Hanya akun komputer ini yang dapat membukanya (kecuali akun ini dipakai bersama).",
        "Only this computer account can open it (unless this account is shared).",
    ),
    # --- Your data / --where / forget
    "where.notes": ("Catatan yang diekspor:", "Exported notes:"),
    "where.notes_none": ("(tidak ada yang dicatat)", "(none recorded)"),
    "where.changed": (
        "{path} (sudah diubah sejak ditulis; pulih tidak akan menghapusnya)",
        "{path} (changed since it was written; pulih will not delete it)",
    ),
    "where.not_ours": (
        "{name} (bukan dibuat pulih; pulih forget tidak menyentuhnya)",
        "{name} (not made by pulih; pulih forget leaves it alone)",
    ),
    "where.set_aside": (
        "{name} (file lama yang disisihkan; mungkin berisi hasil lama)",
        "{name} (an old file set aside; it may hold older results)",
    ),
    "forget.screen_cleared": (
        "Jawaban, hasil, peta, dan rencana sesi ini juga sudah hilang dari layar: pulih kembali "
        "ke awal.",
        "This session's answers, result, map and plan are gone from the screen too: pulih is "
        "back at the start.",
    ),
    "forget.notes_unknown": (
        "{detail} Karena itu daftar catatan yang diekspor tidak bisa dibaca, jadi catatan yang "
        "pernah diekspor tidak ikut dihapus: cari file pulih-catatan-*.html dan "
        "pulih-note-*.html bila ingin menghapusnya sendiri.",
        "{detail} So the list of exported notes cannot be read, and notes exported earlier are "
        "not deleted: look for pulih-note-*.html and pulih-catatan-*.html files to delete them "
        "yourself.",
    ),
    "where.notes_unknown": (
        "Daftar catatan yang diekspor belum bisa dibaca. {reason}",
        "The list of exported notes could not be read. {reason}",
    ),
    "forget.blocked": (
        "Belum ada yang dihapus: daftar catatan yang diekspor belum bisa dibaca. {reason} "
        "Coba lagi sebentar lagi.",
        "Nothing was deleted: the list of exported notes could not be read. {reason} Try again "
        "in a moment.",
    ),
    "forget.busy": (
        "Belum ada yang dihapus: pulih yang lain sedang menyimpan (mungkin di jendela lain). "
        "Tutup pulih yang lain itu, lalu coba lagi.",
        "Nothing was deleted: another pulih is saving (perhaps in another window). Close that "
        "pulih, then try again.",
    ),
    "forget.left": (
        "Dibiarkan apa adanya (bukan dibuat pulih): {path}",
        "Left as it is (not made by pulih): {path}",
    ),
    "forget.failed": (
        "Tidak bisa dihapus: {path} ({reason})",
        "Could not delete: {path} ({reason})",
    ),
    "forget.set_aside": ("(file lama yang disisihkan)", "(an old file set aside)"),
    "forget.changed_kept": (
        "Dibiarkan (sudah diubah sejak ditulis pulih): {path}",
        "Left in place (changed since pulih wrote it): {path}",
    ),
}
