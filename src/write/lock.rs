//! One build at a time per output folder.
//!
//! The lock is an advisory `flock` (taken through fs4) on the output folder itself, held
//! open: no lock file is
//! left in or beside the output. The system drops it when the process ends, however it ends,
//! so a killed build never leaves a folder locked. Within one process the lock is shared by
//! whoever holds it (so that `serve` can hold its folder's lock and build into it), and
//! writers still take turns.

use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, Weak};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use fs4::FileExt;
use fs4::TryLockError;
use rustix::fs::{AtFlags, Mode, fstat, openat, statat};
use rustix::io::Errno;

use super::check::resolve_output;
use super::tree::DIR;
use crate::diag::Refusal;

/// How long a build waits for another one writing into the same folder before it refuses:
/// 10 s, or `CODESITE_LOCK_WAIT` seconds.
fn patience() -> Duration {
    std::env::var("CODESITE_LOCK_WAIT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map_or(Duration::from_secs(10), Duration::from_secs_f64)
}

/// A held lock on an output folder: while it lives, no other codesite process builds into
/// the folder. Take it with [`lock_output`]; it is released when dropped.
#[derive(Debug, Clone)]
pub struct OutputLock {
    held: Arc<Held>,
}

#[derive(Debug)]
struct Held {
    /// The folder, resolved.
    path: PathBuf,
    /// The folder, open and locked.
    dir: std::fs::File,
    /// Its device and inode.
    id: (u64, u64),
    /// A writer of this process is at work in it.
    writing: Mutex<bool>,
    done: Condvar,
}

/// The folders this process holds locked.
static HELD: Mutex<Vec<Weak<Held>>> = Mutex::new(Vec::new());

fn held_by_us(path: &Path, id: (u64, u64)) -> Option<Arc<Held>> {
    let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    held.retain(|w| w.strong_count() > 0);
    held.iter()
        .filter_map(Weak::upgrade)
        .find(|h| h.id == id && h.path == path)
}

/// Locks the output folder `out` (made if missing, symbolic links followed) for this
/// process, as `codesite build` does from the start of its writing to the end of its commit.
/// When another process holds it, waits up to 10 s (`CODESITE_LOCK_WAIT`), saying so on
/// stderr, then refuses with a [`Refusal`] that names the folder.
///
/// Within this process the lock is shared: while `serve` holds it on its folder, the builds
/// it runs into that folder go ahead (one at a time), and a `codesite build` into the same
/// folder from another process waits, then refuses.
///
/// ```no_run
/// # fn main() -> anyhow::Result<()> {
/// use std::path::Path;
/// use codesite::{build, plan::LinkStyle, write};
///
/// // Held as long as `lock` lives: another process's build into the folder waits, then
/// // refuses; this process's builds into it go ahead, one at a time.
/// let lock = write::lock_output(Path::new("/tmp/codesite-serve-site"))?;
/// let built = build::build_site(Path::new("."), LinkStyle::Files, false, Some(lock.path()))?;
/// # let _ = built;
/// # Ok(())
/// # }
/// ```
pub fn lock_output(out: &Path) -> Result<OutputLock> {
    Ok(acquire(out)?.0)
}

impl OutputLock {
    /// The folder, with every symbolic link resolved.
    pub fn path(&self) -> &Path {
        &self.held.path
    }

    /// The folder, held open.
    pub fn dir(&self) -> BorrowedFd<'_> {
        self.held.dir.as_fd()
    }

    /// Waits for the writers of this process in the same folder, then holds the writer's
    /// turn until the result is dropped.
    pub(super) fn begin_writing(self) -> Result<Writing> {
        let wait = patience();
        let writing = self.held.writing.lock().unwrap_or_else(|e| e.into_inner());
        let (mut writing, timeout) = self
            .held
            .done
            .wait_timeout_while(writing, wait, |w| *w)
            .unwrap_or_else(|e| e.into_inner());
        if timeout.timed_out() && *writing {
            return Err(busy(&self.held.path, wait));
        }
        *writing = true;
        drop(writing);
        Ok(Writing { lock: self })
    }
}

/// A writer's turn in a locked folder.
#[derive(Debug)]
pub(super) struct Writing {
    lock: OutputLock,
}

impl Writing {
    pub(super) fn lock(&self) -> &OutputLock {
        &self.lock
    }
}

impl Drop for Writing {
    fn drop(&mut self) {
        *self
            .lock
            .held
            .writing
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = false;
        self.lock.held.done.notify_all();
    }
}

fn busy(path: &Path, waited: Duration) -> anyhow::Error {
    Refusal::new(format!(
        "refusing to write into `{}`: another codesite build is writing into it (waited {:.0} s); try again when it has finished",
        path.display(),
        waited.as_secs_f64()
    ))
    .into()
}

/// Makes the folder `path` if missing: true when this call made it.
fn make(path: &Path) -> Result<bool> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("failed to create `{}`", parent.display()))?;
    }
    match std::fs::create_dir(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("failed to create `{}`", path.display())),
    }
}

/// Locks `out`; also says whether this call made the folder.
pub(super) fn acquire(out: &Path) -> Result<(OutputLock, bool)> {
    let path = resolve_output(out)?;
    let wait = patience();
    let deadline = Instant::now() + wait;
    let mut told = false;
    let mut made = false;
    loop {
        made |= make(&path)?;
        let dir = match openat(rustix::fs::CWD, &path, DIR, Mode::empty()) {
            Ok(fd) => fd,
            Err(Errno::NOTDIR) => {
                return Err(Refusal::new(format!(
                    "refusing to write into `{}`: it is a file, not a folder",
                    path.display()
                ))
                .into());
            }
            // Removed since it was made: make it again.
            Err(Errno::NOENT) if Instant::now() < deadline => continue,
            Err(e) => {
                return Err(std::io::Error::from(e))
                    .with_context(|| format!("failed to open `{}`", path.display()));
            }
        };
        let st = fstat(&dir)?;
        let id = (st.st_dev, st.st_ino);
        if let Some(held) = held_by_us(&path, id) {
            return Ok((OutputLock { held }, made));
        }
        let dir = std::fs::File::from(dir);
        loop {
            match FileExt::try_lock(&dir) {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(busy(&path, wait));
                    }
                    if !told {
                        eprintln!(
                            "codesite: another build is writing into `{}`; waiting for it (up to {:.0} s)",
                            path.display(),
                            wait.as_secs_f64()
                        );
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // A filesystem that cannot lock a folder (NFS): go on without, and say so.
                Err(TryLockError::Error(e))
                    if e.raw_os_error().is_some_and(|n| {
                        [Errno::BADF, Errno::NOLCK, Errno::OPNOTSUPP, Errno::INVAL]
                            .contains(&Errno::from_raw_os_error(n))
                    }) =>
                {
                    eprintln!(
                        "codesite: warning: cannot lock `{}` ({e}); make sure no other build writes into it meanwhile",
                        path.display()
                    );
                    break;
                }
                Err(TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("failed to lock `{}`", path.display()));
                }
            }
        }
        // The folder may have been removed or replaced while this waited: lock the one there.
        match statat(rustix::fs::CWD, &path, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(now) if (now.st_dev, now.st_ino) == id => {}
            _ => continue,
        }
        let held = Arc::new(Held {
            path,
            dir,
            id,
            writing: Mutex::new(false),
            done: Condvar::new(),
        });
        HELD.lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Arc::downgrade(&held));
        return Ok((OutputLock { held }, made));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_is_shared_within_the_process_and_writers_take_turns() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let a = lock_output(&out).unwrap();
        assert!(out.is_dir());
        let (b, made) = acquire(&out).unwrap();
        assert!(!made);
        assert!(Arc::ptr_eq(&a.held, &b.held));
        let writing = b.begin_writing().unwrap();
        // Another process would wait; a second writer of this one waits its turn.
        let t = std::thread::spawn({
            let a = a.clone();
            move || a.begin_writing().map(drop).is_ok()
        });
        std::thread::sleep(Duration::from_millis(100));
        drop(writing);
        assert!(t.join().unwrap());
    }
}
