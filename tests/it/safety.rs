//! Never lose a file, never crash: builds into one folder at once, builds killed at many
//! moments of their commit, a full disk, symbolic links where codesite writes, and output
//! folders that cannot be renamed over. Each test checks that nothing outside the output
//! changed, that nothing of the user's inside it was lost, and that the next build gives
//! byte for byte the output of a clean build, with nothing left over.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::util::*;

/// A file's bytes, or where a symbolic link points.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Entry {
    File(Vec<u8>),
    Link(PathBuf),
}

/// Every file and symbolic link below `dir`, never followed, with empty folders as `/`-ended
/// names: what a folder holds, to compare byte for byte.
fn tree(dir: &Path) -> BTreeMap<String, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Entry>) {
        let mut any = false;
        for e in fs::read_dir(dir).unwrap() {
            any = true;
            let p = e.unwrap().path();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let meta = fs::symlink_metadata(&p).unwrap();
            if meta.is_symlink() {
                out.insert(rel, Entry::Link(fs::read_link(&p).unwrap()));
            } else if meta.is_dir() {
                walk(root, &p, out);
            } else {
                out.insert(rel, Entry::File(fs::read(&p).unwrap()));
            }
        }
        if !any && dir != root {
            let rel = dir.strip_prefix(root).unwrap().to_string_lossy();
            out.insert(format!("{rel}/"), Entry::File(Vec::new()));
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Names in a tree that differ from another, for messages.
fn differences(got: &BTreeMap<String, Entry>, want: &BTreeMap<String, Entry>) -> Vec<String> {
    let mut d: Vec<String> = got
        .iter()
        .filter(|(k, v)| want.get(*k) != Some(v))
        .map(|(k, _)| format!("unexpected or changed: {k}"))
        .collect();
    d.extend(
        want.keys()
            .filter(|k| !got.contains_key(*k))
            .map(|k| format!("missing: {k}")),
    );
    d
}

fn assert_tree(dir: &Path, want: &BTreeMap<String, Entry>, what: &str) {
    let got = tree(dir);
    let d = differences(&got, want);
    assert!(d.is_empty(), "{what}: {}", d.join("\n"));
}

/// Runs `codesite build` of `root` into `out` with `env` set.
fn build(root: &Path, out: &Path, env: &[(&str, &str)]) -> Output {
    build_with(root, out, &[], env)
}

fn build_with(root: &Path, out: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(["build", "--root", root.to_str().unwrap()])
        .args(["--output", out.to_str().unwrap()])
        .args(args)
        .envs(env.iter().copied())
        .env("NO_COLOR", "1")
        .output()
        .expect("codesite runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn build_ok(root: &Path, out: &Path) -> String {
    let o = build(root, out, &[]);
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
    stderr(&o)
}

/// The mini site at a new root with `extra` more codes than its three (230, 231, ...) and
/// the base URL `base`: every page changes with the base URL, and every pair page of an
/// extra code comes or goes with it.
fn site(extra: usize, base: &str) -> PathBuf {
    let root = fixture("mini");
    let catalog = root.join("content/mini/catalog.toml");
    let ftl = root.join("locales/en/mini.ftl");
    let mut codes = fs::read_to_string(&catalog).unwrap();
    let mut words = fs::read_to_string(&ftl).unwrap();
    if extra > 0 {
        words.push_str("mini-class-same = Both are { $label } replies.\nmini-retry-same = Retrying both: { $label }.\n");
    }
    for i in 0..extra {
        let code = 230 + i;
        codes.push_str(&format!(
            "\n[[codes]]\ncode = \"{code}\"\nstage = \"connect\"\nretry = \"success\"\n"
        ));
        words.push_str(&format!(
            "mini-{code} = Extra {i}\n    .description = Extra code {i}.\n    .when = Now and then.\n    .fix = Nothing to fix.\n"
        ));
    }
    fs::write(&catalog, codes).unwrap();
    fs::write(&ftl, words).unwrap();
    let config = root.join("content/site.toml");
    let text = fs::read_to_string(&config)
        .unwrap()
        .replace("https://mini.example/", base);
    fs::write(&config, text).unwrap();
    root
}

/// The output of a clean build of `root`.
fn clean(root: &Path) -> BTreeMap<String, Entry> {
    let out = fresh_dir("clean").join("public");
    build_ok(root, &out);
    tree(&out)
}

/// The files a user keeps in the output folder, codesite's folders included.
fn user_files(out: &Path) -> BTreeMap<String, Entry> {
    let files = [
        ("CNAME", "codes.example.org"),
        (".git/HEAD", "ref: refs/heads/main"),
        ("en/mini/notes.txt", "mine"),
    ];
    let mut m = BTreeMap::new();
    for (path, text) in files {
        let p = out.join(path);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, text).unwrap();
        m.insert(path.to_owned(), Entry::File(text.as_bytes().to_vec()));
    }
    m
}

fn with(mut a: BTreeMap<String, Entry>, b: &BTreeMap<String, Entry>) -> BTreeMap<String, Entry> {
    a.extend(b.iter().map(|(k, v)| (k.clone(), v.clone())));
    a
}

/// A folder `outside` beside the output with a file in it, to check it never changes.
fn outside(parent: &Path) -> (PathBuf, BTreeMap<String, Entry>) {
    let dir = parent.join("outside");
    fs::create_dir_all(dir.join("220")).unwrap();
    fs::write(dir.join("keep.txt"), "outside").unwrap();
    fs::write(dir.join("220/index.html"), "not codesite's").unwrap();
    let t = tree(&dir);
    (dir, t)
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A small random number generator for the kill moments (xorshift), from a seed printed so
/// that a failure can be repeated with `SAFETY_SEED`.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("SAFETY_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("safety: seed {seed} (SAFETY_SEED={seed} repeats this run)");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn builds_into_one_folder_at_once_take_turns_and_leave_a_whole_site() {
    let a = site(6, "https://a.example/");
    let b = site(2, "https://b.example/");
    let (clean_a, clean_b) = (clean(&a), clean(&b));
    let dir = fresh_dir("concurrent");
    let out = dir.join("public");
    build_ok(&a, &out);
    let mine = user_files(&out);
    // Commits paused at each step, so that the builds overlap.
    let slow = [("CODESITE_COMMIT_PAUSE_MS", "3")];
    for round in 0..2 {
        let order = if round == 0 {
            [&b, &a, &b]
        } else {
            [&a, &b, &a]
        };
        let children: Vec<_> = order
            .iter()
            .map(|root| {
                Command::new(env!("CARGO_BIN_EXE_codesite"))
                    .args(["build", "--root", root.to_str().unwrap()])
                    .args(["--output", out.to_str().unwrap()])
                    .envs(slow)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let o = c.wait_with_output().unwrap();
            let e = stderr(&o);
            let refused = o.status.code() == Some(1) && e.contains("another codesite build");
            assert!(o.status.success() || refused, "round {round}: {e}");
        }
        let got = tree(&out);
        let (want, root) = if differences(&got, &with(clean_a.clone(), &mine)).is_empty() {
            (with(clean_a.clone(), &mine), &a)
        } else {
            (with(clean_b.clone(), &mine), &b)
        };
        assert_tree(
            &out,
            &want,
            &format!("round {round}: neither A's site nor B's"),
        );
        // The manifest tells the truth: the same input again has nothing to do.
        let again = build_ok(root, &out);
        assert!(again.contains(" 0 files written"), "{again}");
    }
    assert_eq!(names(&dir), ["public"]);
}

#[test]
fn a_build_waits_for_the_folders_lock_then_refuses_naming_the_folder() {
    let a = site(0, "https://a.example/");
    let b = site(0, "https://b.example/");
    let dir = fresh_dir("locked");
    let out = dir.join("public");
    build_ok(&a, &out);
    let before = tree(&out);
    // Another build holds the folder: this test, with the same flock.
    let held = fs::File::open(&out).unwrap();
    let flock = |op| unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&held), op) };
    assert_eq!(flock(libc::LOCK_EX), 0);
    let started = Instant::now();
    let o = build(&b, &out, &[("CODESITE_LOCK_WAIT", "1")]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("waiting"), "{e}");
    let real = fs::canonicalize(&out).unwrap();
    assert!(
        e.contains(&format!(
            "refusing to write into `{}`: another codesite build is writing into it",
            real.display()
        )),
        "{e}"
    );
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_tree(&out, &before, "a refused build changed the output");
    // Released while the next build waits: it goes on.
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        drop(held);
    });
    let e = build_ok(&b, &out);
    release.join().unwrap();
    assert!(e.contains("waiting"), "{e}");
    assert_tree(&out, &clean(&b), "after the lock was released");
}

#[test]
fn a_build_killed_at_any_moment_is_repaired_by_the_next() {
    let mut rng = Rng::new();
    let a = site(9, "https://a.example/");
    let b = site(4, "https://b.example/docs/");
    let (clean_a, clean_b) = (clean(&a), clean(&b));
    let dir = fresh_dir("killed");
    let (away, away_tree) = outside(&dir);
    let out = dir.join("public");
    build_ok(&a, &out);
    let mine = user_files(&out);
    let slow = [("CODESITE_COMMIT_PAUSE_MS", "4")];
    // How long a build that changes every file takes, its commit slowed: kills fall within.
    let t = Instant::now();
    assert!(build(&b, &out, &slow).status.success());
    let span = t.elapsed().as_millis() as u64 + 5;
    let journal = out.join(".codesite-journal");
    let journal_id = || fs::symlink_metadata(&journal).ok().map(|m| m.ino());
    let (mut in_commit, mut finished) = (0, 0);
    for i in 0..12 {
        let root = if i % 2 == 0 { &a } else { &b };
        let before = journal_id();
        let mut child = Command::new(env!("CARGO_BIN_EXE_codesite"))
            .args(["build", "--quiet", "--root", root.to_str().unwrap()])
            .args(["--output", out.to_str().unwrap()])
            .envs(slow)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if i % 3 == 2 {
            // Anywhere in the build.
            std::thread::sleep(Duration::from_millis(rng.below(span)));
        } else {
            // Within the commit: once its journal is in place (a new one: a new inode).
            let start = Instant::now();
            while journal_id() == before
                && start.elapsed() < Duration::from_millis(4 * span)
                && child.try_wait().unwrap().is_none()
            {
                std::thread::sleep(Duration::from_micros(500));
            }
            std::thread::sleep(Duration::from_millis(rng.below(span / 2)));
        }
        let _ = child.kill(); // SIGKILL
        if child.wait().unwrap().success() {
            finished += 1;
        }
        if journal_id().is_some_and(|id| Some(id) != before) {
            in_commit += 1;
        }
        for (path, entry) in &mine {
            assert_eq!(tree(&out).get(path), Some(entry), "kill {i}: {path} lost");
        }
        assert_eq!(names(&dir), ["outside", "public"], "kill {i}");
        assert_tree(&away, &away_tree, "outside changed");
    }
    eprintln!("safety: 12 kills, {in_commit} in a commit, {finished} after the build ended");
    assert!(in_commit >= 2, "too few kills in a commit to tell");
    let (root, want) = if rng.below(2) == 0 {
        (&a, clean_a)
    } else {
        (&b, clean_b)
    };
    let e = build_ok(root, &out);
    assert!(!e.contains("waiting"), "a killed build left its lock: {e}");
    assert_tree(&out, &with(want, &mine), "after the repairing build");
    let again = build_ok(root, &out);
    assert!(again.contains(" 0 files written"), "{again}");
    assert_eq!(names(&dir), ["outside", "public"]);
}

/// A tmpfs mounted on `dir` for the life of the value; `None` when this cannot mount (not
/// root, or no right to mount here).
struct Mount(PathBuf);

impl Mount {
    fn new(dir: &Path, options: &str) -> Option<Mount> {
        fs::create_dir_all(dir).unwrap();
        if unsafe { libc::geteuid() } != 0 {
            return None;
        }
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs", dir.to_str().unwrap()])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, options: &str) {
        let s = Command::new("mount")
            .args([
                "-o",
                &format!("remount,{options}"),
                self.0.to_str().unwrap(),
            ])
            .status()
            .unwrap();
        assert!(s.success());
    }

    /// Inodes in use.
    fn inodes_used(&self) -> u64 {
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        let path = std::ffi::CString::new(self.0.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::statvfs(path.as_ptr(), &mut st) }, 0);
        (st.f_files - st.f_ffree) as u64
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_keeps_the_previous_output_and_a_later_build_converges() {
    let a = site(6, "https://a.example/");
    let b = site(2, "https://b.example/docs/");
    let dir = fresh_dir("full-disk");
    let disk = dir.join("disk");
    let Some(mount) = Mount::new(&disk, "size=4m") else {
        // Not root: the injected full disk (see also errors.rs).
        eprintln!("safety: cannot mount a tmpfs here; the full disk is injected instead");
        let out = dir.join("public");
        build_ok(&a, &out);
        let before = tree(&out);
        let o = build(&b, &out, &[("CODESITE_FAIL_AFTER", "3")]);
        assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
        assert_tree(&out, &before, "a failed build changed the output");
        build_ok(&b, &out);
        assert_tree(&out, &clean(&b), "after the disk had room again");
        return;
    };
    let out = disk.join("public");
    build_ok(&a, &out);
    let mine = user_files(&out);
    let before = tree(&out);

    // Out of bytes: a file fills the disk but for a few kilobytes.
    let filler = disk.join("filler");
    {
        use std::io::Write as _;
        let mut f = fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
    }
    // Told of the free space, the build refuses before it writes anything.
    let o = build(&b, &out, &[]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{e}");
    assert!(e.contains("free where the output goes"), "{e}");
    assert_tree(&out, &before, "a refused build changed the output");
    // Told to go on, it runs out of bytes while writing.
    let o = build_with(&b, &out, &["--max-pages", "1000"], &[]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{e}");
    assert!(e.contains("No space left on device"), "{e}");
    assert_tree(
        &out,
        &before,
        "a build that ran out of bytes changed the output",
    );
    fs::remove_file(&filler).unwrap();

    // Out of inodes, at every point from staging to the commit's journal: each failure
    // leaves the output as it was, and the first build with enough inodes converges.
    let clean_b = clean(&b);
    let folders: std::collections::BTreeSet<&str> = clean_b
        .keys()
        .flat_map(|f| f.match_indices('/').map(move |(i, _)| &f[..i]))
        .collect();
    // Files and folders to stage (all but the unchanged assets), the staging folder, the
    // next manifest and the journal.
    let needed = (clean_b.len() + folders.len() + 3) as u64;
    let clean_b = with(clean_b, &mine);
    let used = mount.inodes_used();
    let (mut failed, mut done) = (0, false);
    for spare in needed.saturating_sub(12)..needed + 12 {
        mount.remount(&format!("nr_inodes={}", used + spare));
        let o = build(&b, &out, &[]);
        if o.status.success() {
            done = true;
            break;
        }
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(3), "{spare} spare inodes: {e}");
        assert!(e.contains("No space left on device"), "{e}");
        assert_tree(
            &out,
            &before,
            &format!("{spare} spare inodes: output changed"),
        );
        failed += 1;
    }
    assert!(failed > 0 && done, "{failed} failures, converged: {done}");
    assert_tree(&out, &clean_b, "after the disk had inodes again");
    assert_eq!(names(&disk), ["public"]);
}

#[test]
fn outputs_that_lead_to_the_site_its_inputs_or_the_system_are_refused() {
    let root = fixture("mini");
    let site_before = tree(&root);
    let dir = fresh_dir("links-out");
    let etc_before = names(Path::new("/etc"));
    let cases = [
        ("to-root", root.clone()),
        ("to-content", root.join("content")),
        ("to-locales", root.join("locales/en")),
        ("to-etc", PathBuf::from("/etc")),
        ("to-slash", PathBuf::from("/")),
    ];
    let mut outputs: Vec<PathBuf> = cases
        .iter()
        .map(|(name, to)| {
            let link = dir.join(name);
            std::os::unix::fs::symlink(to, &link).unwrap();
            link
        })
        .collect();
    outputs.push(PathBuf::from("/etc"));
    outputs.push(dir.join("to-root/content/new"));
    for out in &outputs {
        let o = build(&root, out, &[]);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{}: {e}", out.display());
        assert!(e.contains("refusing to write the site into"), "{e}");
    }
    assert_tree(&root, &site_before, "the site changed");
    assert_eq!(names(Path::new("/etc")), etc_before);
    assert_eq!(
        names(&dir),
        ["to-content", "to-etc", "to-locales", "to-root", "to-slash"]
    );
}

#[test]
fn links_inside_the_output_are_never_written_through() {
    let root = fixture("mini");
    let dir = fresh_dir("links-in");
    let (away, away_tree) = outside(&dir);
    let out = dir.join("public");
    build_ok(&root, &out);
    let mine = user_files(&out);
    // Every page changes from here on.
    let config = root.join("content/site.toml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        text.replace("https://mini.example/", "https://mini.example/v2/"),
    )
    .unwrap();
    let want = with(clean(&root), &mine);

    // A link in place of a folder that holds pages' folders, of a page's folder, of a page.
    let cases = [
        ("ar/mini", away.clone()),
        ("en/mini/220", away.join("220")),
        ("en/mini/421/index.html", away.join("keep.txt")),
    ];
    for (at, to) in &cases {
        let place = out.join(at);
        let kept = dir.join("kept");
        fs::rename(&place, &kept).unwrap();
        std::os::unix::fs::symlink(to, &place).unwrap();
        let before = tree(&out);
        let o = build(&root, &out, &[]);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{at}: {e}");
        assert!(
            e.contains(&format!("`{}` is a symbolic link", place.display())),
            "{at}: {e}"
        );
        assert_tree(&away, &away_tree, &format!("{at}: outside changed"));
        assert_tree(&out, &before, &format!("{at}: the output changed"));
        fs::remove_file(&place).unwrap();
        fs::rename(&kept, &place).unwrap();
    }
    build_ok(&root, &out);
    assert_tree(&out, &want, "once the links were gone");

    // A link where a stale page was: left as it is, and what it points to too.
    let catalog = root.join("content/mini/catalog.toml");
    let codes = fs::read_to_string(&catalog).unwrap();
    let cut = codes.find("[[codes]]\ncode = \"553\"").unwrap();
    fs::write(
        &catalog,
        codes[..cut].replace("related = [\"220\", \"553\"]", "related = [\"220\"]"),
    )
    .unwrap();
    fs::remove_dir_all(out.join("en/mini/553")).unwrap();
    std::os::unix::fs::symlink(&away, out.join("en/mini/553")).unwrap();
    let e = build_ok(&root, &out);
    assert!(!e.contains(" 0 removed"), "{e}");
    assert_tree(
        &away,
        &away_tree,
        "outside changed by a stale page's removal",
    );
    let mut want = with(clean(&root), &mine);
    want.insert("en/mini/553".into(), Entry::Link(away.clone()));
    assert_tree(&out, &want, "with the user's link kept");
    assert_eq!(names(&dir), ["outside", "public"]);
}

#[test]
fn folders_that_cannot_be_renamed_over_are_written_in_place() {
    let root = fixture("mini");
    let want = clean(&root);
    let dir = fresh_dir("in-place");

    // An empty folder reached through a symbolic link.
    let real = dir.join("real");
    fs::create_dir(&real).unwrap();
    let link = dir.join("public");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    build_ok(&root, &link);
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_tree(&real, &want, "through the link");
    let again = build_ok(&root, &link);
    assert!(again.contains(" 0 files written"), "{again}");
    assert_eq!(names(&dir), ["public", "real"]);

    // An empty mount point (a tmpfs, when this can mount one).
    let mnt = dir.join("mnt");
    let Some(_mount) = Mount::new(&mnt, "size=2m") else {
        eprintln!("safety: cannot mount a tmpfs here; the mount point case is skipped");
        return;
    };
    let device = fs::metadata(&mnt).unwrap().dev();
    assert_ne!(device, fs::metadata(&dir).unwrap().dev());
    build_ok(&root, &mnt);
    assert_eq!(fs::metadata(&mnt).unwrap().dev(), device, "still the mount");
    assert_tree(&mnt, &want, "on the mount point");
    assert_eq!(names(&dir), ["mnt", "public", "real"]);
}

#[test]
fn leftovers_of_interrupted_builds_are_removed() {
    let root = fixture("mini");
    let dir = fresh_dir("leftovers");
    let out = dir.join("public");
    build_ok(&root, &out);
    // A staging folder and a journal-less half commit of a killed build; older versions'
    // new folders beside the output, of a process that is gone and of one still running.
    fs::create_dir_all(out.join(".codesite-staging/en/x")).unwrap();
    fs::write(out.join(".codesite-staging/en/x/index.html"), "half").unwrap();
    for pid in [i32::MAX.to_string(), std::process::id().to_string()] {
        let old = dir.join(format!(".public.codesite-new-{pid}"));
        fs::create_dir_all(old.join("en")).unwrap();
        fs::write(old.join("en/index.html"), "old").unwrap();
    }
    let page = out.join("en/mini/220/index.html");
    fs::write(&page, "edited").unwrap();
    build_ok(&root, &out);
    assert_tree(&out, &clean(&root), "after the leftovers");
    let alive = format!(".public.codesite-new-{}", std::process::id());
    assert_eq!(names(&dir), [alive.as_str(), "public"]);
}
