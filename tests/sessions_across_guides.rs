//! A team session works across guides: made on the embedded section, it
//! opens on a guide imported from the site's source (the fixture site) and
//! back; ids the guide in use does not have are kept and listed.

use std::path::Path;

use cdtriage::domain::import::site::{self, Site};
use cdtriage::domain::{ActionItem, Graph, NoteTarget, Target, load};
use cdtriage::storage::Store;

fn embedded() -> Graph {
    load::embedded().unwrap()
}

fn imported() -> Graph {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site");
    site::import(&Site::read(&dir).unwrap(), &site::Options::default())
        .unwrap()
        .graph
}

#[test]
fn a_session_opens_on_an_imported_guide_and_back_keeping_every_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let (emb, imp) = (embedded(), imported());

    let mut open = store.open_or_create("retro", &emb).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    open.session.add_note(
        NoteTarget::AntiPattern("manual-deployments".into()),
        "we deploy by hand".into(),
        1,
    );
    open.session.actions.push(ActionItem {
        text: "Script the deploy".into(),
        owner: None,
        due: None,
        cause: Some(Target::AntiPattern("manual-deployments".into())),
        done: false,
        created: 1,
    });
    store.save(&mut open).unwrap();
    drop(open);

    // On the imported guide: nothing is lost, the embedded ids are listed.
    let mut open = store.open_or_create("retro", &imp).unwrap();
    assert_eq!(
        open.session.unknown_refs(&imp),
        [
            "marked symptom `merge-freeze`",
            "note about anti-pattern `manual-deployments`",
            "action \"Script the deploy\" linked to anti-pattern `manual-deployments`",
        ]
    );
    open.session.findings.toggle_mark("slow-rollouts");
    open.session.add_note(
        NoteTarget::AntiPattern("hand-deploys".into()),
        "step 1 this week".into(),
        2,
    );
    store.save(&mut open).unwrap();
    drop(open);

    // Back on the embedded guide: the imported guide's ids are kept and listed.
    let back = store.load("retro").unwrap().session;
    assert!(back.findings.is_marked("merge-freeze"));
    assert!(back.findings.is_marked("slow-rollouts"));
    assert_eq!(back.notes.len(), 2);
    assert_eq!(back.actions.len(), 1);
    assert_eq!(
        back.unknown_refs(&emb),
        [
            "marked symptom `slow-rollouts`",
            "note about anti-pattern `hand-deploys`",
        ]
    );
}

#[test]
fn the_same_ids_mean_the_same_pages_on_both_guides() {
    // A guide imported from the real source keeps the embedded ids (the
    // site's slugs); the fixture's ids are its own. Both are slugs of the
    // page files, which is what makes a session portable.
    let imp = imported();
    for s in &imp.symptoms {
        assert!(s.url.ends_with(&format!("/{}/", s.id)), "{}", s.url);
    }
    for a in &imp.anti_patterns {
        assert!(a.url.ends_with(&format!("/{}/", a.id)), "{}", a.url);
    }
    let emb = embedded();
    for s in &emb.symptoms {
        assert!(s.url.ends_with(&format!("/{}/", s.id)), "{}", s.url);
    }
}
