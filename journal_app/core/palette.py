"""One colour palette for triggers everywhere (Okabe–Ito, colour-blind safe)."""

OKABE_ITO = (
    "#D55E00",  # vermillion
    "#0072B2",  # blue
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#7F7F7F",  # grey (instead of black, so chips stay readable on dark themes)
)


def next_colour(used: list[str] | tuple[str, ...]) -> str:
    """The first palette colour not yet used, cycling when all are taken."""
    lowered = [c.lower() for c in used]
    for colour in OKABE_ITO:
        if colour.lower() not in lowered:
            return colour
    return OKABE_ITO[len(used) % len(OKABE_ITO)]


def is_hex_colour(value: str) -> bool:
    return (
        isinstance(value, str)
        and len(value) == 7
        and value.startswith("#")
        and all(ch in "0123456789abcdefABCDEF" for ch in value[1:])
    )
