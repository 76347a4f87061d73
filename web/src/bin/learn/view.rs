//! Learn's frame: the course's contents, a lesson, or the glossary, by route.

use std::rc::Rc;

use lagscope_core::learn::{LESSONS, glossary, lesson};
use lagscope_web::i18n::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    /// The page's texts with Learn's part.
    pub(crate) texts: Texts,
    /// A lesson's id, `glossary`, or empty.
    pub(crate) route: Rc<str>,
}

#[function_component(Learn)]
pub(crate) fn learn(props: &Props) -> Html {
    let texts = &props.texts;
    let route = props.route.trim_matches('/');
    let body = match (route, lesson(route)) {
        (_, Some(lesson)) => {
            html! { <crate::lesson::LessonView key={lesson.id} {lesson} texts={texts.clone()} /> }
        }
        ("glossary", None) => glossary_view(texts),
        _ => contents(texts),
    };
    html! {
        <div class="learn">
            <nav class="learn-nav" aria-label={texts.t("learn-contents")}>
                <a href="#learn" id="learn-contents-link">{texts.t("learn-contents")}</a>
                <a href="#learn/glossary" id="learn-glossary-link">{texts.t("learn-glossary")}</a>
            </nav>
            {body}
        </div>
    }
}

fn contents(texts: &Texts) -> Html {
    html! {
        <section class="panel" id="learn-course">
            <h2>{texts.t("learn-title")}</h2>
            <p class="hint">{texts.t("learn-intro")}</p>
            <ol class="course">
                { for LESSONS.iter().map(|lesson| html! {
                    <li>
                        <a href={format!("#learn/{}", lesson.id)} data-lesson={lesson.id}>{texts.render(&lesson.title())}</a>
                        <p class="hint">{texts.render(&lesson.summary())}</p>
                    </li>
                }) }
            </ol>
        </section>
    }
}

fn glossary_view(texts: &Texts) -> Html {
    html! {
        <section class="panel" id="learn-glossary">
            <h2>{texts.t("learn-glossary")}</h2>
            <p class="hint">{texts.t("learn-glossary-intro")}</p>
            <dl class="glossary">
                { for glossary::TERMS.iter().map(|term| html! {
                    <div id={format!("term-{term}")}>
                        <dt>{texts.t(&format!("glossary-{term}"))}</dt>
                        <dd>{texts.t(&format!("glossary-{term}-def"))}</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
