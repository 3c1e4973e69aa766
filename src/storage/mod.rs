//! Files on disk: the config directory, session files and exports.
//!
//! May use `domain`, std, `directories`, serde and ron; never the UI.

pub mod atomic;
pub mod codec;
pub mod error;
pub mod export;
pub mod git;
pub mod guide;
pub mod listing;
pub mod lock;
pub mod lookup;
pub mod names;
pub mod paths;
mod reading;
pub mod sessions;
pub mod settings;

pub use codec::Loaded;
pub use error::{ReadOnlyReason, SessionError};
pub use lock::{LockOutcome, SessionLock};
pub use names::{NameError, SessionName};
pub use sessions::{OpenSession, SessionInfo, SessionStatus, Store, now};
