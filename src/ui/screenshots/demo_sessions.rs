//! Team sessions for the session screenshots: a throw-away config folder
//! under the system temp folder (never the real config folder) holding a few
//! sessions saved at fixed times, so the images are the same on every run.
//!
//! The picker shows the folder's path, which differs from run to run; the
//! scene shows [`SHOWN_FOLDER`] in its place (see [`Scene::with_redaction`]).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use anyhow::{Context, Result};
use ratatui::crossterm::event::KeyCode;

use crate::domain::{
    ActionItem, Answer, Graph, NoteTarget, QuestionRef, Session, Target, Timestamp,
};
use crate::storage::Store;
use crate::ui::app::App;
use crate::ui::core::theme::Theme;
use crate::ui::screenshots::Scene;
use crate::ui::screenshots::keys::press;
use crate::ui::view;

/// What the screenshots show as the sessions folder: where a user named
/// `you` keeps them on Linux by default.
pub const SHOWN_FOLDER: &str = "/home/you/.config/cdtriage/sessions";

/// The session the scenes open.
pub const OPEN: &str = "platform-team";

/// A temp config folder, deleted when dropped.
pub struct DemoConfig {
    dir: PathBuf,
}

impl DemoConfig {
    /// A fresh folder holding the demo sessions.
    pub fn create(graph: &Graph) -> Result<Self> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let base = std::env::temp_dir();
        let dir = loop {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let dir = base.join(format!("cdtriage-screenshots-{}-{n}", std::process::id()));
            match fs::create_dir(&dir) {
                Ok(()) => break dir,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e).context(format!("cannot create {}", dir.display())),
            }
        };
        let demo = DemoConfig { dir };
        let store = demo.store();
        for session in sessions(graph) {
            let name = session.name.clone();
            // Written as given (times included); the handle and its lock are
            // dropped at once.
            store
                .create_from(&name, session)
                .with_context(|| format!("cannot write demo session {name}"))?;
        }
        Ok(demo)
    }

    pub fn store(&self) -> Store {
        Store::new(&self.dir)
    }

    /// The sessions folder as the picker shows it.
    pub fn folder_shown(&self) -> String {
        self.store().dir().display().to_string()
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }
}

impl Drop for DemoConfig {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// An app with [`OPEN`] open, drawn after its folder is gone.
struct Staged {
    app: App,
    // Dropped after `app`, which holds the open session's lock.
    _config: DemoConfig,
}

/// The explorer (dark) at `size` with session [`OPEN`] open from a fresh
/// demo folder, after pressing `keys`. With `folder_on_screen` the folder's
/// path is shown as [`SHOWN_FOLDER`].
pub fn scene(
    name: &str,
    graph: &Graph,
    (width, height): (u16, u16),
    keys: &[KeyCode],
    folder_on_screen: bool,
) -> Result<Scene> {
    let config = DemoConfig::create(graph)?;
    let mut app = App::new(graph.clone(), Theme::dark(), width, height);
    app.start_session(Some(config.store()), Some(OPEN))
        .with_context(|| format!("cannot open demo session in {}", config.path().display()))?;
    // "Today" for what is overdue, fixed so the images are too.
    let today = jiff::civil::date(2026, 11, 20);
    app.actions.today = Some(today);
    app.since.today = Some(today);
    press(&mut app, keys);
    let folder = config.folder_shown();
    let staged = Staged {
        app,
        _config: config,
    };
    let scene = Scene::new(name, width, height, move |frame| {
        view::draw(frame, &staged.app)
    });
    Ok(if folder_on_screen {
        scene.with_redaction(folder, SHOWN_FOLDER)
    } else {
        scene
    })
}

/// 2026-11-19 15:42 UTC and so on: fixed, so the picker's times are too.
const NOV_02_0900: Timestamp = 1_793_610_000;
const NOV_19_1542: Timestamp = 1_795_102_920;
const NOV_10_1330: Timestamp = 1_794_317_400;
const NOV_12_1017: Timestamp = 1_794_478_620;
const SEP_24_1400: Timestamp = 1_790_258_400;
const SEP_30_1605: Timestamp = 1_790_784_300;
/// 2026-10-20 09:00 and 11:30 UTC: the platform team's October retro.
const OCT_20_0900: Timestamp = 1_792_486_800;
const OCT_20_1130: Timestamp = 1_792_495_800;

fn session(
    graph: &Graph,
    name: &str,
    (created, updated): (Timestamp, Timestamp),
    marked: &[&str],
    answers: &[(&str, usize, Answer)],
    notes: &[(NoteTarget, &str)],
) -> Session {
    let mut s = Session::new(name, graph, created);
    for m in marked {
        s.findings.toggle_mark(m);
    }
    for (symptom, index, answer) in answers {
        let q = QuestionRef {
            symptom: (*symptom).to_string(),
            index: *index,
        };
        s.findings.set_answer(q, Some(*answer));
    }
    for (about, text) in notes {
        s.add_note(about.clone(), (*text).to_string(), created);
    }
    s.updated = updated;
    s
}

fn item(line: &str, page: Option<Target>, created: Timestamp) -> ActionItem {
    ActionItem::parse_line(line, page, created).unwrap_or_else(|_| ActionItem {
        text: line.to_string(),
        owner: None,
        due: None,
        cause: None,
        done: false,
        created,
    })
}

/// The platform team's October retro: merge freezes, three action items.
fn october(graph: &Graph) -> Session {
    use Answer::{No, Yes};
    let freeze = "merge-freeze";
    let mut s = session(
        graph,
        "platform-team-october",
        (OCT_20_0900, OCT_20_1130),
        &[freeze],
        &[(freeze, 0, Yes), (freeze, 1, No)],
        &[],
    );
    let manual = Some(Target::AntiPattern("manual-deployments".into()));
    s.add_action(item(
        "Script the deploy runbook @sam due:2026-11-15",
        manual,
        OCT_20_0900 + 600,
    ));
    s.add_action(item(
        "Pair on the pipeline config @ana due:2026-11-14",
        Some(Target::AntiPattern("missing-deployment-pipeline".into())),
        OCT_20_0900 + 1200,
    ));
    s.add_action(item(
        "Try trunk-based development for one sprint @lee",
        None,
        OCT_20_0900 + 1800,
    ));
    s
}

/// The open session: it follows the October retro (`--from`), marks one
/// more symptom, changes an answer, ticks the runbook done, adds an item.
fn november(graph: &Graph, old: &Session) -> Session {
    use Answer::{Unsure, Yes};
    let freeze = "merge-freeze";
    let rollback = "no-rollback-capability";
    let mut s = Session::following(old, OPEN, graph, NOV_02_0900);
    s.findings.toggle_mark(rollback);
    for (symptom, index, answer) in [(freeze, 1, Unsure), (rollback, 0, Yes)] {
        let q = QuestionRef {
            symptom: symptom.to_string(),
            index,
        };
        s.findings.set_answer(q, Some(answer));
    }
    s.add_note(
        NoteTarget::General,
        "Retro after the November release freeze.\nNext: try trunk-based for one sprint.".into(),
        NOV_02_0900,
    );
    if let Some(i) = s
        .actions
        .iter()
        .position(|a| a.owner.as_deref() == Some("sam"))
    {
        let _ = s.set_action_done(i, true);
    }
    s.add_action(item(
        "Write the rollback drill @kim due:2026-12-10",
        Some(Target::Symptom(rollback.into())),
        NOV_02_0900 + 600,
    ));
    s.updated = NOV_19_1542;
    s
}

/// Four sessions of three teams, the open one most recent (it follows the
/// platform team's October retro).
fn sessions(graph: &Graph) -> Vec<Session> {
    use Answer::{No, Unsure, Yes};
    let freeze = "merge-freeze";
    let fear = "fear-of-deploying";
    let old = october(graph);
    vec![
        november(graph, &old),
        old,
        session(
            graph,
            "payments-squad",
            (NOV_10_1330, NOV_12_1017),
            &[fear],
            &[(fear, 0, Yes), (fear, 1, No)],
            &[(
                NoteTarget::Symptom(fear.into()),
                "Friday deploys banned since March",
            )],
        ),
        session(
            graph,
            "q3-release-review",
            (SEP_24_1400, SEP_30_1605),
            &[freeze, fear],
            &[
                (freeze, 0, Yes),
                (freeze, 1, Yes),
                (freeze, 2, No),
                (fear, 0, Unsure),
                (fear, 2, Yes),
            ],
            &[
                (NoteTarget::General, "Quarterly review"),
                (NoteTarget::Symptom(freeze.into()), "Freeze lasted 9 days"),
            ],
        ),
    ]
}
