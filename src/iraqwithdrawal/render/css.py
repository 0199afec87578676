"""The stylesheet of the annotated view, and the colours it is made of.

The colours are data (:data:`PALETTE`, :data:`ROLE_STYLES`) from which the stylesheet is
written, so a test can compute every contrast ratio the page shows (:func:`contrast_ratio`,
WCAG 2.x) and hold text to 4.5:1 and borders to 3:1 against every background a mark can
sit on. Marks nest, so any text colour may sit on any role's background: all are checked.

Every selector is scoped under ``.iwr``, so the view can sit inside a notebook page without
restyling it. Roles are told apart by more than colour: borders are solid, dashed, dotted,
double or wavy, and the focused mark spells out its role and source.
"""

from __future__ import annotations

import attrs

from .marks import ROLES

__all__ = [
    "PALETTE",
    "ROLE_STYLES",
    "RoleStyle",
    "contrast_ratio",
    "relative_luminance",
    "stylesheet",
]

#: The page's own colours.
PALETTE = {
    "page": "#ffffff",
    "text": "#1b1b1b",
    "muted": "#575757",
    "panel": "#f4f4f2",
    "rule": "#767676",
    "link": "#0b4fa8",
    "focus": "#0b4fa8",
    "note_bg": "#1b1b1b",
    "note_text": "#ffffff",
    "band": "#1f5f99",
    "band_open": "#8fb3d9",
}


@attrs.frozen(kw_only=True)
class RoleStyle:
    """How one role is drawn: a background, the colour and style of its bottom border."""

    background: str
    border: str
    line: str = "solid"  #: the CSS border style, or "wavy" for a wavy underline


#: Each role's style. Text on every background is :data:`PALETTE` ``text``.
ROLE_STYLES = {
    "entry": RoleStyle(background="#ffffff", border="#6b6b6b", line="double"),
    "correction": RoleStyle(background="#fdecec", border="#b3261e", line="double"),
    "dispute": RoleStyle(background="#ffffff", border="#8a4b00", line="double"),
    "claim": RoleStyle(background="#fff4e0", border="#8a4b00", line="dashed"),
    "event": RoleStyle(background="#ffffff", border="#3d6b35", line="dotted"),
    "quote": RoleStyle(background="#fff6c2", border="#7a5c00", line="solid"),
    "attribution": RoleStyle(background="#ffffff", border="#5a4f9e", line="dotted"),
    "relay": RoleStyle(background="#eeeafc", border="#5a4f9e", line="dashed"),
    "communication": RoleStyle(background="#ffffff", border="#5a4f9e", line="double"),
    "relation": RoleStyle(background="#ffffff", border="#6b6b6b", line="dotted"),
    "condition": RoleStyle(background="#f0f7ee", border="#3d6b35", line="dashed"),
    "participant": RoleStyle(background="#ffffff", border="#3d6b35", line="solid"),
    "contributor": RoleStyle(background="#ffffff", border="#6b6b6b", line="solid"),
    "media": RoleStyle(background="#ffffff", border="#6b6b6b", line="dashed"),
    "role": RoleStyle(background="#f3f3f3", border="#6b6b6b", line="dotted"),
    "quantity": RoleStyle(background="#f6e9f7", border="#83308a", line="solid"),
    "time": RoleStyle(background="#e3f4ea", border="#1e6b3c", line="solid"),
    "trigger": RoleStyle(background="#fde6e1", border="#a3301a", line="solid"),
    "cue": RoleStyle(background="#e8eefc", border="#2347a3", line="solid"),
    "hedge": RoleStyle(background="#fff0f7", border="#a0135e", line="wavy"),
    "named": RoleStyle(background="#e2f1fb", border="#0b5c8f", line="solid"),
    "anonymous": RoleStyle(background="#f1f1f1", border="#3f3f3f", line="dashed"),
    "place": RoleStyle(background="#ffffff", border="#006b6b", line="dotted"),
    "entity": RoleStyle(background="#ffffff", border="#6b6b6b", line="dotted"),
    "other": RoleStyle(background="#ffffff", border="#6b6b6b", line="dotted"),
}

assert set(ROLE_STYLES) == set(ROLES), "every role has a style"


def relative_luminance(colour: str) -> float:
    """The WCAG relative luminance of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    channels = []
    for i in (0, 2, 4):
        c = int(value[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_BASE = """
.iwr{color:%(text)s;background:%(page)s;font:16px/1.6 system-ui,"Noto Sans","DejaVu Sans",
sans-serif;max-width:64rem;margin:0 auto;padding:1rem 1.5rem}
.iwr *{box-sizing:border-box}
.iwr h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem}
.iwr h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid %(rule)s}
.iwr h3{font-size:1rem;margin:.8rem 0 .3rem}
.iwr a{color:%(link)s}
.iwr .iwr-kicker,.iwr .iwr-meta{color:%(muted)s;margin:.1rem 0}
.iwr .iwr-sub{font-size:1.15rem;margin:.2rem 0}
.iwr .iwr-meta span+span::before{content:" \\00b7  "}
.iwr .iwr-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:1.9}
.iwr .iwr-legend{display:flex;flex-wrap:wrap;gap:.3rem .6rem;padding:.5rem;margin:0;
list-style:none;background:%(panel)s;border-radius:4px;font-size:.9rem}
.iwr .iwr-panel{background:%(panel)s;border-radius:4px;padding:.5rem .8rem;margin:.5rem 0}
.iwr .iwr-card{border:1px solid %(rule)s;border-radius:4px;padding:.5rem .8rem;margin:.5rem 0;
background:%(page)s}
.iwr .iwr-card p{margin:.2rem 0}
.iwr .iwr-said{font-style:italic}
.iwr .iwr-chain{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem;list-style:none;
margin:.2rem 0;padding:0}
.iwr .iwr-chain li{background:%(panel)s;border:1px solid %(rule)s;border-radius:1rem;
padding:0 .6rem}
.iwr .iwr-chain li.iwr-anon{border-style:dashed}
.iwr .iwr-chain .iwr-arrow{border:0;background:none;padding:0;font-weight:bold}
.iwr .iwr-facts{color:%(muted)s;font-size:.92rem}
.iwr .iwr-hedged{font-weight:600}
.iwr .iwr-sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem}
.iwr .iwr-sides .iwr-card{margin:0}
.iwr .iwr-stance{font-weight:bold;text-transform:uppercase;font-size:.8rem;color:%(muted)s}
.iwr table{border-collapse:collapse;width:100%%;font-size:.92rem}
.iwr th,.iwr td{border-bottom:1px solid %(rule)s;text-align:start;padding:.2rem .4rem;
vertical-align:top}
.iwr code{font-size:.9em}
.iwr .iwr-tl{list-style:none;margin:0;padding:0}
.iwr .iwr-tl li{display:grid;grid-template-columns:minmax(10rem,18rem) 1fr;gap:.6rem;
align-items:center;padding:.15rem 0;border-bottom:1px solid %(panel)s}
.iwr .iwr-track{position:relative;height:1.3rem;background:%(panel)s;border-radius:3px}
.iwr .iwr-band{position:absolute;top:.2rem;bottom:.2rem;min-width:6px;background:%(band)s;
border:2px solid %(band)s;border-radius:3px}
.iwr .iwr-band.iwr-approx{background:repeating-linear-gradient(135deg,%(band)s 0 4px,
%(page)s 4px 7px)}
.iwr .iwr-band.iwr-uncertain{border-style:dashed;background:%(band_open)s}
.iwr .iwr-band.iwr-inferred{border-style:dotted}
.iwr .iwr-band.iwr-open-start{border-inline-start-width:0;border-start-start-radius:0;
border-end-start-radius:0}
.iwr .iwr-band.iwr-open-end{border-inline-end-width:0;border-start-end-radius:0;
border-end-end-radius:0}
.iwr .iwr-axis{color:%(muted)s;font-size:.85rem;white-space:nowrap}
.iwr .iwr-when{color:%(muted)s;font-size:.85rem;display:block}
.iwr .iwr-m{border-bottom-width:2px;padding:0 1px 1px}
.iwr .iwr-r-entry,.iwr .iwr-r-correction,.iwr .iwr-r-dispute,.iwr .iwr-r-claim,
.iwr .iwr-r-event,.iwr .iwr-r-quote,.iwr .iwr-r-attribution,.iwr .iwr-r-communication,
.iwr .iwr-r-relation,.iwr .iwr-r-condition{padding-bottom:5px}
.iwr .iwr-undated li{display:block}
.iwr summary{cursor:pointer;color:%(muted)s}
.iwr .iwr-m:focus{outline:3px solid %(focus)s;outline-offset:1px;position:relative}
.iwr .iwr-m:focus::after{content:attr(data-role-label) ": " attr(title);position:fixed;
left:1rem;right:1rem;bottom:1rem;z-index:5;max-width:48rem;margin:0 auto;white-space:normal;
background:%(note_bg)s;color:%(note_text)s;font-size:.95rem;line-height:1.4;padding:.5rem .8rem;
border-radius:4px;font-style:normal;font-weight:normal;text-align:start;direction:ltr}
.iwr .iwr-empty{display:inline-block;width:.4rem;height:1em;vertical-align:middle}
.iwr .iwr-losses li{margin:.15rem 0}
.iwr footer{margin-top:2rem;color:%(muted)s;font-size:.85rem}
"""


def _role_rules() -> str:
    rules = []
    for role in ROLES:
        style = ROLE_STYLES[role]
        if style.line == "wavy":
            line = (
                f"text-decoration:underline wavy {style.border};"
                "text-decoration-skip-ink:none;text-underline-offset:3px"
            )
        else:
            line = f"border-bottom:2px {style.line} {style.border}"
        rules.append(f".iwr .iwr-r-{role}{{background:{style.background};{line}}}")
    return "\n".join(rules)


def stylesheet() -> str:
    """The whole stylesheet, scoped under ``.iwr``."""
    return _BASE.strip() % PALETTE + "\n" + _role_rules() + "\n"
