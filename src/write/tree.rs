//! Folders held open and walked one name at a time, never through a symbolic link.
//!
//! Every file codesite reads, writes, moves or removes inside the output folder is named
//! relative to a folder it holds open, opened with `O_NOFOLLOW | O_DIRECTORY`: a symbolic
//! link where codesite expects a folder or a file stops the walk and is reported, never
//! followed. This is also cheaper than whole paths: the folder that holds a page's folder is
//! kept open, so the kernel looks up two names per page instead of the whole path.

use std::collections::HashMap;
use std::ffi::{CStr, CString};
use std::io;
use std::os::fd::OwnedFd;
use std::sync::{Arc, RwLock};

use rustix::fs::{AtFlags, Dir, FileType, Mode, OFlags, Stat, mkdirat, openat, statat, unlinkat};
use rustix::io::Errno;

/// How codesite opens a folder: for reading its entries, and never through a symbolic link.
pub(super) const DIR: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::NOFOLLOW)
    .union(OFlags::CLOEXEC);

/// What stopped a walk down to a folder, with the path (below the tree's root) where.
#[derive(Debug)]
pub(super) enum Blocked {
    /// The folder does not exist (nor, then, anything in it).
    Missing,
    /// A symbolic link stands where a folder was expected.
    Symlink(String),
    /// Something that is not a folder (a file) stands where a folder was expected.
    NotDir(String),
    /// The system refused.
    Io(String, io::Error),
}

impl Blocked {
    /// For trees codesite made itself (staging), where nothing but the system can block.
    pub(super) fn into_io(self) -> io::Error {
        match self {
            Blocked::Io(_, e) => e,
            Blocked::Missing => io::ErrorKind::NotFound.into(),
            Blocked::Symlink(at) | Blocked::NotDir(at) => {
                io::Error::other(format!("`{at}` is not a folder"))
            }
        }
    }
}

/// Opens the folder `name` inside `parent` without following a symbolic link; `rel` is its
/// path below the tree's root, for messages. With `create`, a missing folder is made.
pub(super) fn open_dir(
    parent: &OwnedFd,
    name: &str,
    rel: &str,
    create: bool,
) -> Result<OwnedFd, Blocked> {
    if create {
        match mkdirat(parent, name, Mode::from_raw_mode(0o777)) {
            Ok(()) | Err(Errno::EXIST) => {}
            Err(e) => return Err(Blocked::Io(rel.to_owned(), e.into())),
        }
    }
    match openat(parent, name, DIR, Mode::empty()) {
        Ok(fd) => Ok(fd),
        Err(Errno::NOENT) => Err(Blocked::Missing),
        // A symbolic link gives ELOOP (EMLINK on FreeBSD), a file ENOTDIR; say which it is.
        Err(e @ (Errno::LOOP | Errno::MLINK | Errno::NOTDIR)) => {
            match statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
                Ok(st) if is(&st, FileType::Symlink) => Err(Blocked::Symlink(rel.to_owned())),
                Ok(_) => Err(Blocked::NotDir(rel.to_owned())),
                Err(Errno::NOENT) => Err(Blocked::Missing),
                Err(_) => Err(Blocked::Io(rel.to_owned(), e.into())),
            }
        }
        Err(e) => Err(Blocked::Io(rel.to_owned(), e.into())),
    }
}

/// Whether `st` is of type `t`.
pub(super) fn is(st: &Stat, t: FileType) -> bool {
    FileType::from_raw_mode(st.st_mode) == t
}

/// A file's path split into the folder that holds its folder, its folder's name, and its own
/// name: `en/smtp/220-vs-553/index.html` gives `en/smtp`, `220-vs-553` and `index.html`;
/// `en/index.html` gives ``, `en` and `index.html`; `404.html` gives ``, none and `404.html`.
pub(super) fn split(path: &str) -> (&str, Option<&str>, &str) {
    match path.rsplit_once('/') {
        None => ("", None, path),
        Some((dir, file)) => match dir.rsplit_once('/') {
            Some((holder, folder)) => (holder, Some(folder), file),
            None => ("", Some(dir), file),
        },
    }
}

/// A folder held open, and the folders below it that hold pages' folders, opened on first use
/// and kept open.
pub(super) struct Tree {
    root: Arc<OwnedFd>,
    held: RwLock<HashMap<String, Arc<OwnedFd>>>,
}

impl Tree {
    pub(super) fn new(root: OwnedFd) -> Tree {
        Tree {
            root: Arc::new(root),
            held: RwLock::default(),
        }
    }

    pub(super) fn root(&self) -> &OwnedFd {
        &self.root
    }

    /// The folder `rel` below the root (`` is the root), kept open. With `create`, missing
    /// folders are made.
    pub(super) fn dir(&self, rel: &str, create: bool) -> Result<Arc<OwnedFd>, Blocked> {
        if rel.is_empty() {
            return Ok(self.root.clone());
        }
        let known = self
            .held
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(rel)
            .cloned();
        if let Some(fd) = known {
            return Ok(fd);
        }
        let (parent, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let parent = self.dir(parent, create)?;
        let fd = Arc::new(open_dir(&parent, name, rel, create)?);
        self.held
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_owned(), fd.clone());
        Ok(fd)
    }

    /// The folder that holds the file `path`, and the file's name. The folder above it is kept
    /// open; a page's own folder is opened for this file only (a site has one per page).
    pub(super) fn parent_of<'p>(
        &self,
        path: &'p str,
        create: bool,
    ) -> Result<(Arc<OwnedFd>, &'p str), Blocked> {
        let (holder, folder, file) = split(path);
        let holder_fd = self.dir(holder, create)?;
        let Some(folder) = folder else {
            return Ok((holder_fd, file));
        };
        let rel = &path[..path.len() - file.len() - 1];
        Ok((Arc::new(open_dir(&holder_fd, folder, rel, create)?), file))
    }

    /// The file `path`, looked at without following a symbolic link in its place or in the
    /// folders kept open on its way (a link in place of a page's own folder is followed: this
    /// is only a look, for the shortcut of a build with nothing to do). `None` when missing.
    pub(super) fn stat(&self, path: &str) -> Option<Stat> {
        let (holder, _, _) = split(path);
        let holder_fd = self.dir(holder, false).ok()?;
        let rest = &path[holder.len() + usize::from(!holder.is_empty())..];
        statat(&*holder_fd, rest, AtFlags::SYMLINK_NOFOLLOW).ok()
    }

    /// Creates the file `path` below the root, and its folders, for writing. Only for a tree
    /// codesite made itself and holds (staging): the page's own folder is made, then the file
    /// is named through it from the folder above, which is kept open.
    pub(super) fn create_file(&self, path: &str) -> io::Result<std::fs::File> {
        let (holder, folder, file) = split(path);
        let holder_fd = self.dir(holder, true).map_err(Blocked::into_io)?;
        if let Some(folder) = folder {
            match mkdirat(&*holder_fd, folder, Mode::from_raw_mode(0o777)) {
                Ok(()) | Err(Errno::EXIST) => {}
                Err(e) => return Err(e.into()),
            }
        }
        let rest = &path[holder.len() + usize::from(!holder.is_empty())..];
        debug_assert!(rest.ends_with(file));
        let flags =
            OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        Ok(openat(&*holder_fd, rest, flags, Mode::from_raw_mode(0o666))?.into())
    }
}

/// The entries of the folder `dir`, with their types, `.` and `..` left out.
pub(super) fn entries(dir: &OwnedFd) -> io::Result<Vec<(CString, FileType)>> {
    let mut out = Vec::new();
    for e in Dir::read_from(dir)? {
        let e = e?;
        let name = e.file_name();
        if name.to_bytes() == b"." || name.to_bytes() == b".." {
            continue;
        }
        let mut t = e.file_type();
        if t == FileType::Unknown {
            t = statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)
                .map(|st| FileType::from_raw_mode(st.st_mode))?;
        }
        out.push((name.to_owned(), t));
    }
    Ok(out)
}

/// Removes `name` inside `parent` and, when it is a folder, everything in it, without ever
/// following a symbolic link: a link is removed, never what it points to. Missing is fine.
pub(super) fn remove_tree(parent: &OwnedFd, name: &CStr) -> io::Result<()> {
    match unlinkat(parent, name, AtFlags::empty()) {
        Ok(()) | Err(Errno::NOENT) => return Ok(()),
        // A folder: EISDIR on Linux, EPERM elsewhere.
        Err(Errno::ISDIR | Errno::PERM) => {}
        Err(e) => return Err(e.into()),
    }
    let dir = match openat(parent, name, DIR, Mode::empty()) {
        Ok(fd) => fd,
        Err(Errno::NOENT) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    for (entry, _) in entries(&dir)? {
        remove_tree(&dir, &entry)?;
    }
    match unlinkat(parent, name, AtFlags::REMOVEDIR) {
        Ok(()) | Err(Errno::NOENT) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Removes the file `path` below `root` when it is a file (not a link, not a folder), then
/// the folders on its way that this leaves empty, deepest first, up to `root` (not
/// included). Folders are removed even when the file was already gone: a commit stopped
/// between the two leaves them. True when a file was removed.
pub(super) fn remove_file_and_empty_folders(root: &OwnedFd, path: &str) -> io::Result<bool> {
    let names: Vec<&str> = path.split('/').collect();
    let (file, folders) = names.split_last().expect("a path has a name");
    let mut chain: Vec<OwnedFd> = Vec::with_capacity(folders.len());
    for name in folders {
        let parent = chain.last().unwrap_or(root);
        match open_dir(parent, name, "", false) {
            Ok(fd) => chain.push(fd),
            Err(_) => break,
        }
    }
    let mut removed = false;
    if chain.len() == folders.len() {
        let parent = chain.last().unwrap_or(root);
        match statat(parent, *file, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) if is(&st, FileType::RegularFile) => {
                unlinkat(parent, *file, AtFlags::empty())?;
                removed = true;
            }
            Ok(_) | Err(Errno::NOENT) => {}
            Err(e) => return Err(e.into()),
        }
    }
    while let Some(dir) = chain.pop() {
        drop(dir);
        let parent = chain.last().unwrap_or(root);
        if unlinkat(parent, folders[chain.len()], AtFlags::REMOVEDIR).is_err() {
            break;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_split_before_its_last_folder() {
        assert_eq!(
            split("en/smtp/220-vs-553/index.html"),
            ("en/smtp", Some("220-vs-553"), "index.html")
        );
        assert_eq!(split("en/index.html"), ("", Some("en"), "index.html"));
        assert_eq!(split("404.html"), ("", None, "404.html"));
    }

    fn open(path: &std::path::Path) -> OwnedFd {
        openat(rustix::fs::CWD, path, DIR, Mode::empty()).unwrap()
    }

    #[test]
    fn walks_stop_at_links_and_files_and_say_where() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("en/smtp")).unwrap();
        std::fs::write(tmp.path().join("en/file"), "x").unwrap();
        std::os::unix::fs::symlink(outside.path(), tmp.path().join("en/link")).unwrap();
        let tree = Tree::new(open(tmp.path()));
        assert!(tree.dir("en/smtp", false).is_ok());
        assert!(
            matches!(tree.dir("en/link/x", false), Err(Blocked::Symlink(at)) if at == "en/link")
        );
        assert!(
            matches!(tree.dir("en/file/x", false), Err(Blocked::NotDir(at)) if at == "en/file")
        );
        assert!(matches!(
            tree.dir("en/none/x", false),
            Err(Blocked::Missing)
        ));
        assert!(
            matches!(tree.parent_of("en/link/220/index.html", true), Err(Blocked::Symlink(at)) if at == "en/link")
        );
        assert!(
            matches!(tree.parent_of("en/link/index.html", false), Err(Blocked::Symlink(at)) if at == "en/link")
        );
        assert!(tree.stat("en/link/a/x").is_none());
        assert!(tree.stat("en/smtp").is_some());
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    }

    #[test]
    fn removing_a_tree_removes_links_not_what_they_point_to() {
        let tmp = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("keep"), "x").unwrap();
        let t = tmp.path().join("t");
        std::fs::create_dir_all(t.join("a/b")).unwrap();
        std::fs::write(t.join("a/b/f"), "x").unwrap();
        std::os::unix::fs::symlink(outside.path(), t.join("a/link")).unwrap();
        remove_tree(&open(tmp.path()), c"t").unwrap();
        assert!(!t.exists());
        assert!(outside.path().join("keep").exists());
    }

    #[test]
    fn a_stale_file_goes_with_the_folders_it_leaves_empty() {
        let tmp = tempfile::tempdir().unwrap();
        let root = open(tmp.path());
        std::fs::create_dir_all(tmp.path().join("en/a/b")).unwrap();
        std::fs::write(tmp.path().join("en/a/b/index.html"), "x").unwrap();
        std::fs::write(tmp.path().join("en/keep"), "x").unwrap();
        assert!(remove_file_and_empty_folders(&root, "en/a/b/index.html").unwrap());
        assert!(!tmp.path().join("en/a").exists());
        assert!(tmp.path().join("en/keep").exists());
        // Already gone, with an empty folder left by a stopped commit: the folder goes.
        std::fs::create_dir_all(tmp.path().join("en/c")).unwrap();
        assert!(!remove_file_and_empty_folders(&root, "en/c/index.html").unwrap());
        assert!(!tmp.path().join("en/c").exists());
    }
}
