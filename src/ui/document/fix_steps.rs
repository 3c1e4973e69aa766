//! The titles of a cause's fix steps, for the ranked causes screen: what the
//! team could start with, in the guide's order. Nothing for a cause without
//! them (every cause of the embedded section, and symptoms).

use crate::domain::{Graph, Target};

use crate::ui::document::{Builder, Role};

/// Writes "How to fix it (N steps)" and each step's title, when `target` has
/// fix steps.
pub fn titles(b: &mut Builder, graph: &Graph, target: &Target) {
    let steps = graph.fix_steps(target);
    if steps.is_empty() {
        return;
    }
    b.blank();
    let heading = format!(
        "How to fix it ({})",
        crate::ui::core::words::plural(steps.len(), "step")
    );
    b.para(Role::Heading, &heading, 0);
    for step in steps {
        b.prefixed("• ", Role::Label, Role::Text, &step.title, 2);
    }
}
