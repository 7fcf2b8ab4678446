//! Write: put the rendered files into the output folder, safely.
//!
//! Pages arrive one by one while others still render, so nothing waits for the whole site in
//! memory. Nothing is visible in the output folder until every page has rendered and every
//! link checked; a build that fails leaves the folder exactly as it was:
//!
//! - into a folder that does not exist yet (or is empty), the site is written into a new
//!   folder beside it, which is renamed into place at the end: one rename, whatever the size;
//! - into an earlier output, a file whose bytes did not change is not touched (its
//!   modification time stays, so uploads and rsync skip it); a changed or new file is written
//!   into a staging folder inside the output and moved into place at the end.
//!
//! codesite keeps a manifest of the files it wrote. It removes only its own files that are no
//! longer produced, and refuses to overwrite a file it did not write: anything else in the
//! output folder (a `.git`, a `CNAME`, a file of your own) is never touched.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use anyhow::{Context as _, Result, bail};

mod check;

use crate::diag::Refusal;
pub use check::{check_output_dir, resolve_output};
use rayon::prelude::*;
use std::collections::HashSet;

/// The manifest's file name, inside the output folder.
pub const MANIFEST: &str = ".codesite-manifest";

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Files created or changed.
    pub written: usize,
    /// Files whose bytes were already right.
    pub unchanged: usize,
    /// Stale files of an earlier build removed.
    pub removed: usize,
    /// Bytes of all output files.
    pub bytes: u64,
}

fn read_manifest(out: &Path) -> Vec<String> {
    fs::read_to_string(out.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The manifest's first line: the build's fingerprint, so that a build of unchanged input
/// can tell it has nothing to do.
fn manifest_header(fingerprint: &str) -> String {
    format!("# codesite {fingerprint}\n")
}

/// When the output folder holds exactly what a build of `fingerprint` would write, untouched
/// since: the manifest names that fingerprint and every file it lists is still there, not
/// modified after the manifest was written. Then a build has nothing to do; this is what it
/// would have found, without rendering a page.
pub fn up_to_date(out: &Path, fingerprint: &str) -> Option<WriteStats> {
    let mpath = out.join(MANIFEST);
    let text = fs::read_to_string(&mpath).ok()?;
    if !text.starts_with(&manifest_header(fingerprint)) {
        return None;
    }
    let written_at = fs::metadata(&mpath).ok()?.modified().ok()?;
    let paths: Vec<&str> = text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let sizes: Option<Vec<u64>> = paths
        .par_iter()
        .map(|p| {
            let meta = fs::metadata(out.join(p)).ok()?;
            let fresh = meta.is_file() && meta.modified().ok()? <= written_at;
            fresh.then_some(meta.len())
        })
        .collect();
    let sizes = sizes?;
    Some(WriteStats {
        written: 0,
        unchanged: sizes.len(),
        removed: 0,
        bytes: sizes.iter().sum(),
    })
}

/// The staging folder's name inside an existing output folder.
const STAGING: &str = ".codesite-staging";

/// A path from a manifest or a renderer that stays inside the output folder.
fn is_inside(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

enum Mode {
    /// The output folder does not exist or is empty: everything goes into `tmp`, a new folder
    /// beside it, renamed into place by `commit`.
    Fresh { tmp: PathBuf, replace_empty: bool },
    /// An output folder with content: changed and new files go into `staging` inside it.
    Update { staging: PathBuf },
}

/// Receives the rendered files of one build; nothing is visible until [`Writer::commit`], and
/// dropping it without a commit removes what it wrote.
pub struct Writer {
    out: PathBuf,
    mode: Mode,
    /// The files the previous build wrote, from its manifest.
    old: Vec<String>,
    old_paths: HashSet<String>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
    bytes: AtomicU64,
    fingerprint: String,
    /// Test hook: fail as a full disk would after this many files (`CODESITE_FAIL_AFTER`).
    fail_after: Option<usize>,
    /// The folders that hold pages' folders, open, by their path below where files go.
    #[cfg(unix)]
    holders: std::sync::RwLock<HolderMap>,
    done: bool,
}

impl Writer {
    /// Prepares to write into `out` the output of a build whose input has `fingerprint`.
    pub fn begin(out: &Path, fingerprint: &str) -> Result<Writer> {
        let empty = match fs::read_dir(out) {
            Ok(mut entries) => entries.next().is_none(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
            Err(e) => {
                return Err(e).with_context(|| format!("failed to read `{}`", out.display()));
            }
        };
        let mode = if empty {
            let name = out
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "public".into());
            let parent = match out.parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                _ => PathBuf::from("."),
            };
            fs::create_dir_all(&parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
            let tmp = parent.join(format!(".{name}.codesite-new-{}", std::process::id()));
            let _ = fs::remove_dir_all(&tmp);
            fs::create_dir(&tmp)
                .with_context(|| format!("failed to create `{}`", tmp.display()))?;
            Mode::Fresh {
                tmp,
                replace_empty: out.exists(),
            }
        } else {
            let staging = out.join(STAGING);
            // A staging folder left by a build that was killed: ours by its name.
            let _ = fs::remove_dir_all(&staging);
            fs::create_dir(&staging)
                .with_context(|| format!("failed to create `{}`", staging.display()))?;
            Mode::Update { staging }
        };
        let old = if empty {
            Vec::new()
        } else {
            read_manifest(out)
        };
        let old_paths = old.iter().cloned().collect();
        Ok(Writer {
            out: out.to_path_buf(),
            mode,
            old,
            old_paths,
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            fingerprint: fingerprint.to_owned(),
            fail_after: std::env::var("CODESITE_FAIL_AFTER")
                .ok()
                .and_then(|v| v.parse().ok()),
            #[cfg(unix)]
            holders: Default::default(),
            done: false,
        })
    }

    /// Takes one file, `path` below the output folder with `/` separators: true when it is
    /// new or changed, false when the output already has these bytes. Safe to call from many
    /// threads at once.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<bool> {
        if !is_inside(path) {
            bail!("refusing to write `{path}`, which is not a plain path inside the output folder");
        }
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let base = match &self.mode {
            Mode::Fresh { tmp, .. } => tmp,
            Mode::Update { staging } => {
                let current = self.out.join(path);
                match fs::metadata(&current) {
                    Ok(meta) => {
                        if meta.is_file()
                            && meta.len() == bytes.len() as u64
                            && fs::read(&current).is_ok_and(|b| b == bytes)
                        {
                            self.unchanged.fetch_add(1, Ordering::Relaxed);
                            return Ok(false);
                        }
                        if !self.old_paths.contains(path) {
                            return Err(Refusal::new(format!(
                                "refusing to overwrite `{}`, which codesite did not write; move it out of the output folder or choose another one",
                                current.display()
                            ))
                            .into());
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(e)
                            .with_context(|| format!("failed to read `{}`", current.display()));
                    }
                }
                staging
            }
        };
        if self
            .fail_after
            .is_some_and(|n| self.written.load(Ordering::Relaxed) >= n)
        {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device (CODESITE_FAIL_AFTER)",
            ))
            .with_context(|| format!("failed to write `{}`", base.join(path).display()));
        }
        self.create(base, path, bytes)
            .with_context(|| format!("failed to write `{}`", base.join(path).display()))?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(true)
    }

    /// Creates the file `path` below `base`, and its folders.
    fn create(&self, base: &Path, path: &str, bytes: &[u8]) -> std::io::Result<()> {
        #[cfg(unix)]
        if let Some((holder, rest)) = holder_and_rest(path) {
            return self.create_at(base, holder, rest, bytes);
        }
        let target = base.join(path);
        if let Some(dir) = target.parent() {
            ensure_dir(dir)?;
        }
        fs::File::create(&target)?.write_all(bytes)
    }

    /// Creates `rest` (`folder/file`) inside the folder `holder` below `base`, by names
    /// relative to that folder, held open: a page's folder and file cost the kernel two names
    /// each to find, not every folder from the root.
    #[cfg(unix)]
    fn create_at(
        &self,
        base: &Path,
        holder: &str,
        rest: &str,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        use rustix::fs::{Mode, OFlags, mkdirat, openat};
        let known = self
            .holders
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(holder)
            .cloned();
        let dir = match known {
            Some(fd) => fd,
            None => {
                let path = base.join(holder);
                ensure_dir(&path)?;
                let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
                let fd = std::sync::Arc::new(openat(rustix::fs::CWD, &path, flags, Mode::empty())?);
                self.holders
                    .write()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(holder.to_owned(), fd.clone());
                fd
            }
        };
        let (folder, _) = rest.split_once('/').expect("a folder and a file");
        match mkdirat(&*dir, folder, Mode::from_raw_mode(0o777)) {
            Ok(()) | Err(rustix::io::Errno::EXIST) => {}
            Err(e) => return Err(e.into()),
        }
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC;
        let fd = openat(&*dir, rest, flags, Mode::from_raw_mode(0o666))?;
        fs::File::from(fd).write_all(bytes)
    }

    /// Makes the build visible: moves the new and changed files into place, removes the files
    /// of earlier builds that are no longer produced, and writes the manifest of `paths`, every
    /// file this build produced, one per line.
    pub fn commit(mut self, paths: &str) -> Result<WriteStats> {
        let mut manifest = manifest_header(&self.fingerprint);
        manifest.push_str(paths);
        let mut stats = WriteStats {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
            removed: 0,
            bytes: self.bytes.load(Ordering::Relaxed),
        };
        match &self.mode {
            Mode::Fresh { tmp, replace_empty } => {
                fs::write(tmp.join(MANIFEST), &manifest).with_context(|| {
                    format!("failed to write `{}`", tmp.join(MANIFEST).display())
                })?;
                if *replace_empty {
                    // Still empty: nothing else wrote there meanwhile, or this fails and says so.
                    fs::remove_dir(&self.out).with_context(|| {
                        format!(
                            "failed to replace the empty folder `{}`",
                            self.out.display()
                        )
                    })?;
                }
                fs::rename(tmp, &self.out).with_context(|| {
                    format!(
                        "failed to move `{}` to `{}`",
                        tmp.display(),
                        self.out.display()
                    )
                })?;
            }
            Mode::Update { staging } => {
                let mut staged = Vec::new();
                walk_files(staging, staging, &mut staged)?;
                staged.par_iter().try_for_each(|rel| -> Result<()> {
                    let to = self.out.join(rel);
                    if let Some(dir) = to.parent() {
                        fs::create_dir_all(dir)
                            .with_context(|| format!("failed to create `{}`", dir.display()))?;
                    }
                    fs::rename(staging.join(rel), &to)
                        .with_context(|| format!("failed to move `{}` into place", to.display()))
                })?;
                let new_paths: HashSet<&str> = paths.lines().collect();
                for stale in &self.old {
                    if new_paths.contains(stale.as_str()) || !is_inside(stale) {
                        continue;
                    }
                    let full = self.out.join(stale);
                    if full.is_file() {
                        fs::remove_file(&full).with_context(|| {
                            format!("failed to remove stale `{}`", full.display())
                        })?;
                        stats.removed += 1;
                        // Remove folders left empty, up to the output folder.
                        let mut dir = full.parent();
                        while let Some(d) = dir {
                            if d == self.out || fs::remove_dir(d).is_err() {
                                break;
                            }
                            dir = d.parent();
                        }
                    }
                }
                // Rewritten whenever a file changed, so that it is newer than every file it
                // lists: what `up_to_date` relies on.
                let mpath = self.out.join(MANIFEST);
                let changed = stats.written > 0 || stats.removed > 0;
                if changed || fs::read_to_string(&mpath).ok().as_deref() != Some(manifest.as_str())
                {
                    write_atomic(&mpath, manifest.as_bytes())?;
                }
                let _ = fs::remove_dir_all(staging);
            }
        }
        self.done = true;
        Ok(stats)
    }
}

impl Drop for Writer {
    /// Without a commit, nothing of this build stays.
    fn drop(&mut self) {
        if !self.done {
            let _ = match &self.mode {
                Mode::Fresh { tmp, .. } => fs::remove_dir_all(tmp),
                Mode::Update { staging } => fs::remove_dir_all(staging),
            };
        }
    }
}

/// Makes the folder `dir`. Every page has a folder of its own whose parent is usually there
/// already, so one `mkdir` is the common case; missing parents are made when it fails for want
/// of them.
fn ensure_dir(dir: &Path) -> std::io::Result<()> {
    match fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => fs::create_dir_all(dir),
        Err(e) => Err(e),
    }
}

/// Open folders by their path below where files go.
#[cfg(unix)]
type HolderMap = std::collections::HashMap<String, std::sync::Arc<std::os::fd::OwnedFd>>;

/// A file's path split before its last folder: `en/smtp/220-vs-553/index.html` gives
/// `en/smtp` and `220-vs-553/index.html`; `en/index.html` gives `` and `en/index.html`. `None`
/// for a file at the top.
#[cfg(unix)]
fn holder_and_rest(path: &str) -> Option<(&str, &str)> {
    let file = path.rfind('/')?;
    Some(match path[..file].rfind('/') {
        Some(folder) => (&path[..folder], &path[folder + 1..]),
        None => ("", path),
    })
}

/// Every file below `dir`, relative to `root`.
fn walk_files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for e in fs::read_dir(dir).with_context(|| format!("failed to read `{}`", dir.display()))? {
        let e = e?;
        let p = e.path();
        if e.file_type()?.is_dir() {
            walk_files(root, &p, out)?;
        } else if let Ok(rel) = p.strip_prefix(root) {
            out.push(rel.to_path_buf());
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_file_name(format!(
        ".{}.codesite-tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file")
    ));
    let mut f =
        fs::File::create(&tmp).with_context(|| format!("failed to write `{}`", tmp.display()))?;
    f.write_all(bytes)
        .with_context(|| format!("failed to write `{}`", tmp.display()))?;
    drop(f);
    fs::rename(&tmp, path)
        .with_context(|| format!("failed to move `{}` into place", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_path_is_split_before_its_last_folder() {
        assert_eq!(
            holder_and_rest("en/smtp/220-vs-553/index.html"),
            Some(("en/smtp", "220-vs-553/index.html"))
        );
        assert_eq!(
            holder_and_rest("en/index.html"),
            Some(("", "en/index.html"))
        );
        assert_eq!(holder_and_rest("404.html"), None);
    }
}
