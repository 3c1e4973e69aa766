//! The facts file (`site-facts.json`): ids, URLs, tags, categories and risk
//! levels, everything the printable view does not say.

use serde::Deserialize;

use crate::domain::graph::{RiskLevel, Source};

/// The facts file (`site-facts.json`): everything the text does not say.
#[derive(Debug, Deserialize)]
pub struct Facts {
    pub source: FactsSource,
    pub symptoms: Vec<FactsSymptom>,
    pub anti_patterns: Vec<FactsAntiPattern>,
}

#[derive(Debug, Deserialize)]
pub struct FactsSource {
    /// Where the content comes from and its license: the graph's own
    /// [`Source`], read from the same object.
    #[serde(flatten)]
    pub source: Source,
    pub section: String,
    pub section_url: String,
    pub section_print_url: String,
}

#[derive(Debug, Deserialize)]
pub struct FactsSymptom {
    pub number: u32,
    pub title: String,
    pub slug: String,
    #[serde(rename = "linkTitle")]
    pub link_title: String,
    pub tags: Vec<String>,
    pub url: String,
}

#[derive(Debug, Deserialize)]
pub struct FactsAntiPattern {
    pub id: String,
    pub name_in_section: String,
    pub page_title: String,
    pub short_title: String,
    pub category: String,
    pub risk_level: RiskLevel,
    pub tags: Vec<String>,
    pub url: String,
}
