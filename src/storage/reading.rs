//! Reading (and removing) a session file safely: only a regular file is read (never a FIFO
//! or a dangling link taken for a missing file).

use std::fs;
use std::io;
use std::path::Path;

use super::codec::{self, Loaded};
use super::error::{SessionError, io_at};
use crate::domain::Graph;

/// The file's bytes, `None` if there is no file. Anything but a regular file
/// (reached directly or through a link) is refused before it is opened: a
/// FIFO would block the read for ever. A link to nothing is reported, never
/// taken for a missing file (a save would replace the link).
fn read_regular(path: &Path) -> Result<Option<Vec<u8>>, SessionError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_at(path)(e)),
        Ok(_) => {}
    }
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(SessionError::DanglingLink {
                path: path.to_path_buf(),
                target: fs::read_link(path).unwrap_or_default(),
            });
        }
        Err(e) => return Err(io_at(path)(e)),
    };
    if !meta.is_file() {
        return Err(SessionError::NotAFile {
            path: path.to_path_buf(),
        });
    }
    fs::read(path).map(Some).map_err(io_at(path))
}

pub(super) fn read_if_exists(path: &Path) -> Result<Option<Loaded>, SessionError> {
    read_if_exists_for(path, None)
}

pub(super) fn read_if_exists_for(
    path: &Path,
    graph: Option<&Graph>,
) -> Result<Option<Loaded>, SessionError> {
    match read_regular(path)? {
        Some(bytes) => codec::parse_for(&bytes, path, graph).map(Some),
        None => Ok(None),
    }
}

/// Whether `path` is a symbolic link (dangling or not).
pub(super) fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Removes `path`; a file already gone is no error.
pub(super) fn remove_if_exists(path: &Path) -> Result<(), SessionError> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_at(path)(e)),
        _ => Ok(()),
    }
}
