//! "Check my answers" at the end of a check-at-the-end quiz, with a warning
//! (and a way back) when some questions have no answer yet.

use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::quiz::state::QuizState;

const HEADING: &str = "quiz-unanswered-heading";

#[component]
pub fn Unanswered(state: QuizState) -> impl IntoView {
    let open = RwSignal::new(false);
    // Display positions of questions without an answer.
    let missing = Memo::new(move |_| {
        state.attempt.with(|a| {
            a.as_ref()
                .map(|a| {
                    let ids = a.unanswered();
                    a.questions()
                        .iter()
                        .filter(|s| ids.contains(&s.question.id.as_str()))
                        .map(|s| s.position)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let on_submit = move |_| {
        if missing.get_untracked().is_empty() {
            state.submit();
        } else {
            open.set(true);
            crate::platform::focus::focus_by_id_when_present(HEADING);
        }
    };
    let panel = move || {
        let list = missing.get();
        (open.get() && !list.is_empty()).then(|| {
            let heading = tf(Msg::UnansweredHeading, &[("count", list.len().into())]);
            view! {
                <div class="quiz-unanswered">
                    <h4 id=HEADING tabindex="-1">{heading}</h4>
                    <p>{t(Msg::UnansweredCountWrong)}</p>
                    <ul class="unanswered-list">
                        {list.into_iter().map(|p| view! {
                            <li>
                                <button type="button" class="link-button" on:click=move |_| state.go_to(p)>
                                    {tf(Msg::GoToQuestion, &[("number", (p + 1).into())])}
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button-secondary" on:click=move |_| state.submit()>
                        {t(Msg::CheckAnyway)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="quiz-actions">
            <button type="button" class="button" on:click=on_submit>{t(Msg::CheckMyAnswers)}</button>
        </div>
        {panel}
    }
}
