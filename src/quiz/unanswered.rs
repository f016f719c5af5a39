//! "Check my answers" at the end of a check-at-the-end quiz, with a warning
//! (and a way back) when some questions have no answer yet.

use gloss_core::wording;
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
            let heading = format!(
                "You haven't answered {}",
                wording::count(list.len(), "question", "questions")
            );
            view! {
                <div class="quiz-unanswered">
                    <h4 id=HEADING tabindex="-1">{heading}</h4>
                    <p>"Questions without an answer count as wrong."</p>
                    <ul class="unanswered-list">
                        {list.into_iter().map(|p| view! {
                            <li>
                                <button type="button" class="link-button" on:click=move |_| state.go_to(p)>
                                    {format!("Go to question {}", p + 1)}
                                </button>
                            </li>
                        }).collect_view()}
                    </ul>
                    <button type="button" class="button button-secondary" on:click=move |_| state.submit()>
                        "Check my answers anyway"
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="quiz-actions">
            <button type="button" class="button" on:click=on_submit>"Check my answers"</button>
        </div>
        {panel}
    }
}
