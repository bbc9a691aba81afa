package i18n

// snapshotTexts are the handover's messages: export, import, check and
// diff of snapshots, the passphrase prompts, and the names of the fields a
// diff shows that forms do not.
func snapshotTexts() map[Key]Text {
	return map[Key]Text{
		// Store errors: each says what is wrong, what to do, and that the
		// ledger was not changed.
		"snapshot.exists":           {"%s 已存在，没有覆盖。请换一个文件名，或先删除旧文件。", "%s already exists and was not replaced. Choose another name or delete the old file first."},
		"snapshot.write_failed":     {"无法写出快照 %[1]s：%[2]s。没有留下不完整的文件，台账未改动。", "Could not write the snapshot %[1]s: %[2]s. No partial file was left and the ledger was not changed."},
		"snapshot.disk_full":        {"写 %s 时磁盘（或 U 盘）已满。没有留下不完整的文件，台账未改动；请腾出空间或换一个位置再试。", "The disk (or USB stick) filled up while writing %s. No partial file was left and the ledger was not changed; free some space or choose another place and try again."},
		"snapshot.no_permission":    {"没有权限写入文件夹 %s。没有留下任何文件，台账未改动；请选择一个可以写入的位置。", "No permission to write into the folder %s. Nothing was written and the ledger was not changed; choose a place you can write to."},
		"snapshot.no_file":          {"找不到文件 %s。请检查路径（U 盘是否已插好）。台账未改动。", "There is no file %s. Check the path (is the USB stick plugged in?). The ledger was not changed."},
		"snapshot.empty_file":       {"%s 是空文件，不是交接快照，可能复制时出了错。请让对方重新发送。台账未改动。", "%s is an empty file, not a snapshot — perhaps the copy went wrong. Ask for it again. The ledger was not changed."},
		"snapshot.not_ledger":       {"%s 不是 secretary 的台账或交接快照（是否选错了文件？）。台账未改动。", "%s is not a secretary ledger or snapshot (wrong file?). The ledger was not changed."},
		"snapshot.truncated":        {"%s 不完整（文件被截断，可能复制或下载时中断了）。请让对方重新发送。台账未改动。", "%s is cut short (the copy or download was interrupted). Ask for it again. The ledger was not changed."},
		"snapshot.corrupt":          {"%[1]s 已损坏，未通过检查：%[2]s（共 %[3]d 个问题；用 secretary check 查看全部）。请让对方重新发送。台账未改动。", "%[1]s is damaged and failed the check: %[2]s (%[3]d problem(s); see them all with secretary check). Ask for it again. The ledger was not changed."},
		"snapshot.key_file":         {"%[1]s 是用密钥（%[2]s）而不是口令加密的，口令打不开它。请用 age -d -i 密钥文件 先解密，再检查或导入解密后的文件；或请对方用 secretary export --encrypt（口令加密）重新导出。台账未改动。", "%[1]s was encrypted for a key (%[2]s), not a passphrase, so no passphrase opens it. Decrypt it with age -d -i KEYFILE and check or import the result, or ask the sender to export again with secretary export --encrypt (a passphrase). The ledger was not changed."},
		"snapshot.padded":           {"%[1]s 有 %[2]d MB，但其中的数据只到 %[3]d MB；其余是 secretary 从不写入的填充内容，因此未导入。请对方用 secretary export 重新导出。台账未改动。", "%[1]s is %[2]d MB, but its data ends at %[3]d MB; the rest is padding secretary never writes, so it was not used. Ask the sender to export again with secretary export. The ledger was not changed."},
		"snapshot.control":          {"%[1]s 的记录里有隐藏的控制字符（%[2]s；共 %[3]d 处），这些字符可能改动终端显示或伪装文字，因此未导入。请对方用新版 secretary 打开并保存这些记录（保存时会清除），再重新导出发送。台账未改动。", "%[1]s has records holding hidden control characters (%[2]s; %[3]d in all), which could act on a terminal or disguise what a text says, so it was not imported. Ask the sender to open and save those records with a current secretary (saving removes them) and export again. The ledger was not changed."},
		"snapshot.unknown_bucket":   {"%[1]s 含有 secretary 不会写入的数据区「%[2]s」，不是原样导出的快照，因此未导入。请对方用 secretary export 重新导出。台账未改动。", "%[1]s holds a part secretary never writes (“%[2]s”), so it is not a snapshot as exported and was not imported. Ask the sender to export again with secretary export. The ledger was not changed."},
		"snapshot.manifest_text":    {"清单的“%s”含有控制字符或过长", "the manifest's %s holds control characters or is too long"},
		"snapshot.tampered":         {"%[1]s 与它的清单不符：%[2]s。文件在导出后被改动过。请与对方核对 SHA-256 并重新发送。台账未改动。", "%[1]s does not match its manifest: %[2]s. The file was altered after it was exported. Compare the SHA-256 with the sender and ask for it again. The ledger was not changed."},
		"snapshot.newer":            {"%[1]s 由更新版本的 secretary 导出（台账格式 v%[2]d，本程序只认识到 v%[3]d）。请先升级程序。台账未改动。", "%[1]s was exported by a newer secretary (ledger format v%[2]d; this one reads up to v%[3]d). Update the program first. The ledger was not changed."},
		"snapshot.newer_manifest":   {"%[1]s 由更新版本的 secretary 导出（快照格式 v%[2]d，本程序只认识到 v%[3]d）。请先升级程序。台账未改动。", "%[1]s was exported by a newer secretary (snapshot format v%[2]d; this one reads up to v%[3]d). Update the program first. The ledger was not changed."},
		"snapshot.no_records":       {"%s 里没有任何记录，导入它会清空台账，所以没有导入。请确认对方导出的是正确的台账。台账未改动。", "%s holds no records; importing it would empty the ledger, so it was refused. Check the sender exported the right ledger. The ledger was not changed."},
		"snapshot.same_file":        {"%s 就是当前台账本身，不能导入到自己。台账未改动。", "%s is the current ledger itself; it cannot be imported into itself. The ledger was not changed."},
		"snapshot.need_passphrase":  {"%s 已加密，需要口令：在终端中运行以输入口令，或设置环境变量 SECRETARY_PASSPHRASE。台账未改动。", "%s is encrypted and needs its passphrase: run this in a terminal to type it, or set SECRETARY_PASSPHRASE. The ledger was not changed."},
		"snapshot.wrong_passphrase": {"口令不对，打不开 %s。口令区分大小写，请向交出快照的秘书核对。台账未改动。", "The passphrase does not open %s. Passphrases are case-sensitive; check it with the secretary who made the snapshot. The ledger was not changed."},
		"snapshot.crypt_damaged":    {"加密快照 %s 已损坏或不完整（校验未通过，可能复制中断或文件被改动）。口令本身没有问题；请让对方重新发送。台账未改动。", "The encrypted snapshot %s is damaged or incomplete (it fails its authentication: an interrupted copy or an altered file). The passphrase is not the problem; ask for the file again. The ledger was not changed."},
		"snapshot.empty_passphrase": {"口令不能为空。", "The passphrase must not be empty."},
		"snapshot.read_failed":      {"无法读取 %[1]s：%[2]s。台账未改动。", "Cannot read %[1]s: %[2]s. The ledger was not changed."},
		"snapshot.apply_failed":     {"无法替换台账 %[1]s：%[2]s。台账仍是原来的，备份在 backups 文件夹。", "Could not replace the ledger %[1]s: %[2]s. The ledger is still the old one; its backup is in the backups folder."},

		// Check findings about a snapshot's manifest.
		"snapshot.manifest_damaged": {"快照清单无法读取：%s", "the snapshot's manifest cannot be read: %s"},
		"snapshot.count_mismatch":   {"清单记载%[1]s %[2]d 条，文件里有 %[3]d 条", "the manifest lists %[2]d %[1]s record(s), the file holds %[3]d"},
		"snapshot.digest_mismatch":  {"记录内容与清单的校验值不一致", "the records do not match the manifest's digest"},

		// Fields only diffs show.
		"field.task.done_on":          {"完成日期", "date done"},
		"field.rect.opened_on":        {"挂号日期", "opening date"},
		"field.settings.group":        {"小组名称", "group name"},
		"field.settings.school":       {"学校", "school"},
		"field.settings.secretary":    {"秘书", "secretary"},
		"field.settings.last_summary": {"上次汇报日期", "last summary"},

		// Passphrases.
		"cli.pass.prompt":   {"请输入口令（输入时不显示）：", "Passphrase (not shown as you type): "},
		"cli.pass.again":    {"请再输入一次口令：", "Passphrase again: "},
		"cli.pass.open":     {"请输入 %s 的口令（输入时不显示）：", "Passphrase for %s (not shown as you type): "},
		"cli.pass.mismatch": {"两次输入的口令不一致，没有导出。请重新运行。", "The two passphrases differ; nothing was exported. Run the command again."},
		"cli.pass.no_tty":   {"--encrypt 需要口令：请在终端中运行以输入口令，或设置环境变量 SECRETARY_PASSPHRASE。", "--encrypt needs a passphrase: run this in a terminal to type it, or set SECRETARY_PASSPHRASE."},
		"cli.pass.retry":    {"口令不对，请再试一次（还可以试 %d 次）。", "Wrong passphrase; try again (%d more tries)."},
		"cli.pass.hint":     {"请把口令另行告诉接收人（当面或电话），不要和快照一起发送。", "Give the receiver the passphrase separately (in person or by phone), never with the snapshot."},

		// secretary export
		"cli.export.short":        {"导出交接快照（可加密）", "export a handover snapshot (optionally encrypted)"},
		"cli.export.args":         {"[--encrypt] [--with-evidence] [--force] 输出文件", "[--encrypt] [--with-evidence] [--force] OUT"},
		"cli.export.long":         {"把整个台账导出为一个快照文件，交给下一任秘书。导出时台账只读不写；文件先写到输出文件旁的临时文件，写完并同步后才改名，中途失败不会留下不完整的文件。已存在的文件不会被覆盖；输出文件是文件夹时，文件名为 secretary-日期.snapshot。\n\n--encrypt 用口令加密（age 格式，scrypt）：在终端中输入两次，或由环境变量 SECRETARY_PASSPHRASE 提供。\n\n完成后显示文件大小、各类记录数和 SHA-256，请与接收人电话核对。", "Exports the whole ledger to one snapshot file for the next secretary. The ledger is only read. The file is written beside OUT under a temporary name and renamed to OUT only when it is complete and synced, so a failure leaves no partial file. An existing OUT is never replaced; when OUT is a folder the file is named secretary-DATE.snapshot.\n\n--encrypt protects it with a passphrase (age format, scrypt), typed twice in a terminal or given in SECRETARY_PASSPHRASE.\n\nAfterwards it prints the size, the record counts and the SHA-256: compare it with the receiver by phone."},
		"cli.export.flag.encrypt": {"用口令加密快照", "encrypt the snapshot with a passphrase"},
		"cli.export.done":         {"✓ 已导出交接快照：%s", "✓ Snapshot exported: %s"},
		"cli.export.size":         {"  大小：%[1]s（%[2]d 字节）· %[3]s", "  Size: %[1]s (%[2]d bytes) · %[3]s"},
		"cli.export.counts":       {"  内容：%s", "  Holds: %s"},
		"cli.export.sha":          {"  SHA-256：%s", "  SHA-256: %s"},
		"cli.export.compare":      {"请把 SHA-256 读给接收人核对：导入时对方会看到同一串字符（sha256sum 也会算出同一串）。", "Read the SHA-256 to the receiver: they see the same string when they import (sha256sum prints it too)."},
		"cli.snap.encrypted":      {"已加密（age，口令）", "encrypted (age, passphrase)"},
		"cli.snap.plain":          {"未加密", "not encrypted"},

		// Describing a snapshot (import and check).
		"cli.snap.file":     {"快照：%[1]s（%[2]s，%[3]s）", "Snapshot: %[1]s (%[2]s, %[3]s)"},
		"cli.snap.made":     {"  导出于 %[1]s，secretary %[2]s，台账格式 v%[3]d", "  Exported %[1]s by secretary %[2]s, ledger format v%[3]d"},
		"cli.snap.from":     {"  来自：%s", "  From: %s"},
		"cli.snap.whose":    {"  台账：%[1]s（%[2]s，秘书 %[3]s）", "  Ledger of: %[1]s (%[2]s, secretary %[3]s)"},
		"cli.snap.counts":   {"  清单：%s", "  Manifest: %s"},
		"cli.snap.sha":      {"  SHA-256：%s", "  SHA-256: %s"},
		"cli.snap.ledger":   {"文件：%[1]s（%[2]s，%[3]s）——普通台账文件，不是交接快照，没有清单可核对", "File: %[1]s (%[2]s, %[3]s) — a plain ledger file, not a snapshot: no manifest to compare"},
		"cli.snap.migrated": {"  快照的台账格式较旧，已在副本中升级到 v%d。", "  The snapshot has an older ledger format; the copy was upgraded to v%d."},

		// secretary import
		"cli.import.short":           {"导入交接快照：检查、预览、备份、替换", "import a handover snapshot: verify, preview, back up, replace"},
		"cli.import.long":            {"导入上一任秘书交来的快照，替换当前台账。导入前先完整检查快照（文件结构、每条记录的校验码、引用关系、清单中的记录数与内容校验值），再列出与当前台账相比新增、修改、删除的记录，经确认后先把当前台账备份到 backups 文件夹，再整体替换。任何一步不通过都不会改动台账。\n\n加密的快照会询问口令（或读取 SECRETARY_PASSPHRASE）。--yes 只跳过确认提问，不跳过任何检查。", "Imports the snapshot the previous secretary handed over, replacing the current ledger. It first checks the snapshot completely (structure, every record's checksum, references, the manifest's counts and digest), then lists the records added, changed and removed compared with the current ledger, and after you confirm backs the current ledger up into the backups folder and replaces it whole. If any step fails the ledger is not changed.\n\nAn encrypted snapshot asks for its passphrase (or reads SECRETARY_PASSPHRASE). --yes skips the question only, never a check."},
		"cli.import.args":            {"[--yes] 快照文件", "[--yes] IN"},
		"cli.import.flag.yes":        {"不询问，直接导入（检查照常进行）", "import without asking (every check still runs)"},
		"cli.import.verified_ledger": {"✓ 文件完好：文件结构、每条记录的校验码和引用关系均已核对。它没有清单（是台账或备份，不是导出的快照），所以没有记录数和内容校验值可以核对。", "✓ The file is sound: structure, every record's checksum and references check out. It has no manifest (it is a ledger or a backup, not an exported snapshot), so there are no counts or digest to compare."},
		"cli.import.verified":        {"✓ 快照完好：文件结构、每条记录的校验码、引用关系、清单记录数与内容校验值均已核对。", "✓ The snapshot is sound: structure, every record's checksum, references, and the manifest's counts and digest all check out."},
		"cli.import.changes":         {"导入后当前台账 %s 将发生以下变化：", "Importing changes the current ledger %s as follows:"},
		"cli.import.same":            {"快照与当前台账的记录完全相同。", "The snapshot holds exactly the current ledger's records."},
		"cli.import.backup":          {"导入前会先把当前台账备份到 %s。", "The current ledger is backed up into %s first."},
		"cli.import.confirm":         {"确认用这份快照替换当前台账？输入 y 确认，其他任意键取消：", "Replace the current ledger with this snapshot? Type y to confirm, anything else to cancel: "},
		"cli.import.declined":        {"已取消导入，台账未改动。（不询问直接导入请加 --yes）", "Import cancelled; the ledger was not changed. (Add --yes to import without the question.)"},
		"cli.import.backed":          {"原台账已备份到 %s", "The old ledger was backed up to %s"},
		"cli.import.nobackup":        {"原台账是空的，无需备份。", "The old ledger was empty; no backup was needed."},
		"cli.import.done":            {"✓ 已导入：%s", "✓ Imported: %s"},

		// secretary check on snapshots
		"cli.check.snapshot_ok": {"✓ 快照完好，与清单一致：%s", "✓ Healthy snapshot, matches its manifest: %s"},

		// secretary diff
		"cli.diff.short":       {"比较两个台账或快照的差异", "show what changed between two ledgers or snapshots"},
		"cli.diff.args":        {"旧文件 新文件", "OLD NEW"},
		"cli.diff.long":        {"按标签页列出从旧文件到新文件新增、修改和删除的记录（编号与标题），以及修改了哪些字段（原值 → 新值）。两个文件都可以是台账、快照或加密快照（询问口令或读取 SECRETARY_PASSPHRASE）。两个文件都只读不写。", "Lists, per tab, the records added, changed and removed from OLD to NEW (code and title), and for changes each field's old → new value. OLD and NEW may be ledgers, snapshots or encrypted snapshots (asking the passphrase or reading SECRETARY_PASSPHRASE). Neither file is written."},
		"cli.diff.flag.format": {"输出`格式`：text 或 md", "output `format`: text or md"},
		"cli.diff.bad_format":  {"不支持的格式“%s”：请用 --format text 或 --format md", "Unsupported format “%s”: use --format text or --format md"},
		"cli.diff.title":       {"台账差异", "Ledger differences"},
		"cli.diff.files":       {"%[1]s → %[2]s", "%[1]s → %[2]s"},
		"cli.diff.none":        {"没有差异：两者的记录和设置完全相同。", "No differences: the records and settings are the same."},
		"cli.diff.tally":       {"%[1]s（新增 %[2]d · 修改 %[3]d · 删除 %[4]d）", "%[1]s (added %[2]d · changed %[3]d · removed %[4]d)"},
		"cli.diff.settings":    {"设置", "Settings"},
		"cli.diff.added":       {"新增", "added"},
		"cli.diff.changed":     {"修改", "changed"},
		"cli.diff.removed":     {"删除", "removed"},
		"cli.diff.field":       {"%[1]s：%[2]s → %[3]s", "%[1]s: %[2]s → %[3]s"},
		"cli.diff.empty":       {"（空）", "(empty)"},
		"cli.diff.more":        {"……另有 %d 条，用 secretary diff 查看全部", "…and %d more; see them all with secretary diff"},
	}
}
