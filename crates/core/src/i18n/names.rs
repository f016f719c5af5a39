//! The interface's names for things the content model names by kind: a
//! section's default heading, an attachment's kind.

use super::Msg;
use crate::content::model::{AttachmentKind, SectionKind};

/// The heading a section of `kind` gets when the author wrote none
/// (`None` for `other`, which always has its own).
pub fn section_heading(kind: SectionKind) -> Option<Msg> {
    Some(match kind {
        SectionKind::WhatsGoingOn => Msg::SectionWhatsGoingOn,
        SectionKind::HowToThink => Msg::SectionHowToThink,
        SectionKind::KeyPoints => Msg::SectionKeyPoints,
        SectionKind::WhyItMatters => Msg::SectionWhyItMatters,
        SectionKind::BiggerPicture => Msg::SectionBiggerPicture,
        SectionKind::Other => return None,
    })
}

/// The short label before an attachment's own.
pub fn attachment(kind: AttachmentKind) -> Msg {
    match kind {
        AttachmentKind::Pdf => Msg::AttachmentPdf,
        AttachmentKind::Video => Msg::AttachmentVideo,
        AttachmentKind::Audio => Msg::AttachmentAudio,
        AttachmentKind::Link => Msg::AttachmentLink,
    }
}

#[cfg(all(test, feature = "catalogues"))]
mod tests {
    use super::*;
    use crate::i18n::{text, Lang};

    #[test]
    fn english_names_are_the_models_own() {
        for kind in [
            SectionKind::WhatsGoingOn,
            SectionKind::HowToThink,
            SectionKind::KeyPoints,
            SectionKind::WhyItMatters,
            SectionKind::BiggerPicture,
            SectionKind::Other,
        ] {
            assert_eq!(
                section_heading(kind).map(|m| text(Lang::En, m)).as_deref(),
                kind.default_heading()
            );
        }
        for kind in [
            AttachmentKind::Pdf,
            AttachmentKind::Video,
            AttachmentKind::Audio,
            AttachmentKind::Link,
        ] {
            assert_eq!(text(Lang::En, attachment(kind)), kind.label());
        }
    }
}
