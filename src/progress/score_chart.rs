//! Quiz scores over time: an SVG line chart (with a title and a text
//! description) and the same numbers as a table.

use crate::i18n::{percent, t, tf};
use gloss_core::i18n::{Arg, Msg};
use gloss_core::quiz::QuizScore;
use leptos::prelude::*;

use crate::progress::state::display_date;

/// Attempts shown at most (the newest).
pub const MAX_POINTS: usize = 20;

/// One finished attempt on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub finished_at_ms: u64,
    /// The article's title (or id).
    pub label: String,
    pub score: QuizScore,
}

// Drawing area, in tenths of viewBox units: integers, so that no float
// formatting code ends up in the wasm.
const WIDTH: usize = 3600;
const HEIGHT: usize = 2000;
const LEFT: usize = 560;
const RIGHT: usize = 140;
const TOP: usize = 140;
const BOTTOM: usize = 340;

fn x_of(i: usize, n: usize) -> usize {
    let span = WIDTH - LEFT - RIGHT;
    if n <= 1 {
        LEFT + span / 2
    } else {
        LEFT + span * i.min(n - 1) / (n - 1)
    }
}

fn y_of(percent: u32) -> usize {
    let span = HEIGHT - TOP - BOTTOM;
    let below = 100 - usize::try_from(percent.min(100)).unwrap_or(100);
    TOP + span * below / 100
}

/// Tenths as viewBox units: 1234 → "123.4".
fn units(tenths: usize) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

fn describe(points: &[ChartPoint]) -> String {
    match (points.first(), points.last()) {
        (Some(first), Some(last)) if points.len() > 1 => tf(
            Msg::ChartMany,
            &[
                ("count", points.len().into()),
                ("first", Arg::Raw(&percent(first.score))),
                ("first-date", Arg::Raw(&display_date(first.finished_at_ms))),
                ("last", Arg::Raw(&percent(last.score))),
                ("last-date", Arg::Raw(&display_date(last.finished_at_ms))),
            ],
        ),
        (Some(only), _) => tf(
            Msg::ChartOne,
            &[
                ("score", Arg::Raw(&percent(only.score))),
                ("date", Arg::Raw(&display_date(only.finished_at_ms))),
            ],
        ),
        _ => String::new(),
    }
}

#[component]
pub fn ScoreChart(points: Vec<ChartPoint>) -> impl IntoView {
    let n = points.len();
    let line: String = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", units(x_of(i, n)), units(y_of(p.score.percent()))))
        .collect::<Vec<_>>()
        .join(" ");
    let every = n.div_ceil(10).max(1);
    let grid = [0u32, 50, 100]
        .into_iter()
        .map(|pc| {
        let y = units(y_of(pc));
        view! {
            <line class="chart-grid" x1=units(LEFT) x2=units(WIDTH - RIGHT) y1=y.clone() y2=y.clone()/>
            <text class="chart-label" x=units(LEFT - 80) y=y text-anchor="end" dominant-baseline="middle">{format!("{pc}%")}</text>
        }
        })
        .collect_view();
    let dots = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (x, y) = (units(x_of(i, n)), units(y_of(p.score.percent())));
            let label = (i % every == 0 || i + 1 == n).then(|| {
                view! {
                    <text class="chart-label" x=x.clone() y=units(HEIGHT - 100) text-anchor="middle">{(i + 1).to_string()}</text>
                }
            });
            view! { <circle class="chart-dot" cx=x cy=y r="5"/>{label} }
        })
        .collect_view();
    let rows = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <td>{display_date(p.finished_at_ms)}</td>
                    <td>{p.label.clone()}</td>
                    <td>{crate::i18n::score(p.score)}</td>
                </tr>
            }
        })
        .collect_view();
    let description = describe(&points);
    view! {
        <figure class="score-chart">
            <svg
                class="chart"
                role="img"
                viewBox=format!("0 0 {} {}", units(WIDTH), units(HEIGHT))
                aria-labelledby="score-chart-title score-chart-desc"
            >
                <title id="score-chart-title">{t(Msg::ChartTitle)}</title>
                <desc id="score-chart-desc">{description}</desc>
                {grid}
                <polyline class="chart-line" points=line/>
                {dots}
            </svg>
            <figcaption class="hint">{t(Msg::ChartCaption)}</figcaption>
        </figure>
        <details class="chart-data">
            <summary>{t(Msg::ChartAsTable)}</summary>
            <div class="table-scroll">
                <table class="score-table">
                    <caption>{t(Msg::ChartTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{t(Msg::ColumnDate)}</th>
                            <th scope="col">{t(Msg::ColumnArticle)}</th>
                            <th scope="col">{t(Msg::ColumnScore)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
