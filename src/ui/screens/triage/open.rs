//! The diagnosis screens' coordination: how the main screen reaches them
//! (`a`, `t`, `r`, `o`), opening a cause's page from them (Back returns),
//! opening URLs, and fitting their text to the screen after each action
//! (`fit.rs`). The screens' own actions are handled in
//! `screens/questions/update.rs` (questions, summary) and `update.rs` here
//! (checklist, ranked causes).

use crate::domain::Target;

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::history::Page;
use crate::ui::core::mode::{Focus, Mode};
use crate::ui::core::opener::Opened;
use crate::ui::keys::keymap;

impl App {
    /// Whether the diagnosis code handles `action` on the main screen.
    pub(crate) fn diagnosis_handles(&self, action: Action) -> bool {
        self.mode == Mode::Browse
            && (matches!(
                action,
                Action::AnswerQuestions
                    | Action::OpenTriage
                    | Action::ShowRanking
                    | Action::OpenUrl
                    | Action::CopyUrl
            ) || (action == Action::Back && self.back_returns_to_screen()))
    }

    /// Applies an action on a diagnosis screen, or one of the main screen's
    /// ways into them.
    pub(crate) fn diagnose(&mut self, action: Action) -> Option<Action> {
        match self.mode {
            Mode::Browse => self.on_browse(action),
            Mode::Question => self.on_question(action),
            Mode::Summary => self.on_summary(action),
            Mode::Checklist => self.on_checklist(action),
            Mode::Ranked => self.on_ranked(action),
            _ => {}
        }
        None
    }

    fn on_browse(&mut self, action: Action) {
        match action {
            Action::AnswerQuestions => {
                let index = match self.browse.page {
                    Page::Symptom(i) => Some(i),
                    Page::AntiPattern(_) if self.browse.focus == Focus::List => {
                        Some(self.browse.list.selected)
                    }
                    Page::AntiPattern(_) => None,
                };
                match index.and_then(|i| self.graph.symptoms.get(i)) {
                    Some(s) => {
                        let id = s.id.clone();
                        self.start_symptom_walk(id);
                    }
                    None => {
                        self.say("Open a symptom's page (or select it) to answer its questions")
                    }
                }
            }
            Action::OpenTriage => self.open_checklist(),
            Action::ShowRanking => self.open_ranking(),
            Action::OpenUrl => self.open_url(self.page_url()),
            Action::CopyUrl => match self.page_url().filter(|u| !u.is_empty()) {
                Some(url) => {
                    self.say(format!(
                        "Copied to the clipboard (if this terminal allows OSC 52): {url}"
                    ));
                    self.copy = Some(url);
                }
                None => self.say("This page has no URL to copy"),
            },
            Action::Back => self.back_to_screen(),
            _ => {}
        }
    }

    /// Shows a diagnosis screen (not an overlay, not the main screen).
    pub(crate) fn enter(&mut self, mode: Mode) {
        self.return_to = None;
        self.mode = mode;
    }

    /// Opens a cause's (or symptom's) page in the explorer as a new step in
    /// history; Back from it returns to the screen it was opened from.
    pub(crate) fn open_target(&mut self, target: &Target) {
        let page = match target {
            Target::AntiPattern(id) => self.graph.anti_pattern_index(id).map(Page::AntiPattern),
            Target::Symptom(id) => self.graph.symptom_index(id).map(Page::Symptom),
        };
        let Some(page) = page else {
            self.say(format!("{} is not in the guide", target.id()));
            return;
        };
        let from = self.mode;
        self.browse.follow(page);
        self.browse.focus = Focus::Page;
        self.mode = Mode::Browse;
        self.return_to = Some((from, self.browse.history.back_len()));
        let name = self.graph.target_name(target).unwrap_or(target.id());
        let back = keymap::key(Mode::Browse, Action::Back);
        self.say(format!("Opened {name}: {back} goes back"));
    }

    /// Whether Back on the main screen returns to a diagnosis screen.
    fn back_returns_to_screen(&self) -> bool {
        matches!(self.return_to, Some((_, depth)) if depth == self.browse.history.back_len())
    }

    fn back_to_screen(&mut self) {
        if let Some((mode, _)) = self.return_to.take() {
            // Put the explorer back where it was under the screen.
            self.browse.update(Action::Back);
            self.browse.message = None;
            self.mode = mode;
        }
    }

    /// Opens `url` in the browser if the system has an opener; otherwise, or
    /// if it fails, says so with the URL.
    pub(crate) fn open_url(&mut self, url: Option<String>) {
        let Some(url) = url else {
            self.say("Nothing with a URL is highlighted");
            return;
        };
        let message = match self.opener.open(&url) {
            Opened::Started => format!("Opening in the browser: {url}"),
            Opened::NoOpener => format!("No browser opener (xdg-open or open) here. URL: {url}"),
            Opened::Failed(e) => format!("Could not start the browser ({e}). URL: {url}"),
        };
        self.say(message);
    }

    /// The site URL of the page shown on the main screen.
    fn page_url(&self) -> Option<String> {
        match self.browse.page {
            Page::Symptom(i) => self.graph.symptoms.get(i).map(|s| s.url.clone()),
            Page::AntiPattern(i) => self.graph.anti_patterns.get(i).map(|a| a.url.clone()),
        }
    }

    /// The site URL of a target.
    pub(crate) fn url_of(&self, target: &Target) -> Option<String> {
        self.graph.target_url(target).map(str::to_string)
    }

    /// Marks a symptom as seen for the triage; says so. Returns whether it
    /// was newly marked.
    pub(crate) fn add_to_triage(&mut self, symptom: &str) -> bool {
        let Some(s) = self.graph.symptom(symptom) else {
            return false;
        };
        let label = format!("{} {}", s.number, s.title);
        if self.session.findings.is_marked(symptom) {
            self.say(format!("{label} is already in the triage"));
            return false;
        }
        self.session.findings.toggle_mark(symptom);
        let answer = keymap::key(Mode::Ranked, Action::AnswerQuestions);
        self.say(format!(
            "Added {label} to the triage: {answer} answers its questions"
        ));
        true
    }
}
