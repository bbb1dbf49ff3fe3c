"""The progress chart: one horizontal stacked bar per ZI area, as a PNG.

matplotlib with the Agg backend (selected on the figure, not globally), so that no
display is needed and an application that uses another backend is not disturbed.
"""

from __future__ import annotations

import io
import textwrap

from .kemajuan import KATEGORI, Kemajuan

__all__ = ["WARNA", "grafik_png"]

#: Colours people read without a legend: green done, blue in progress, red late, grey not started.
WARNA = {"selesai": "#2e7d32", "proses": "#1e88e5", "terlambat": "#c62828", "belum": "#9e9e9e"}
LABEL = {
    "id": {"selesai": "Selesai", "proses": "Proses", "terlambat": "Terlambat", "belum": "Belum dimulai"},
    "en": {"selesai": "Done", "proses": "In progress", "terlambat": "Late", "belum": "Not started"},
}


def grafik_png(kemajuan: Kemajuan, *, lang: str = "id", dpi: int = 200) -> bytes:
    """The chart as PNG bytes: bars are percent of each area's actions, with the counts written in."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    areas = list(kemajuan.per_area.values())
    names = ["\n".join(textwrap.wrap(j.nama, 24)) for j in areas]
    figure = Figure(figsize=(6.6, 0.55 * len(areas) + 1.3), dpi=dpi)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot(1, 1, 1)
    left = [0.0] * len(areas)
    labels = LABEL.get(lang, LABEL["id"])
    for kategori in KATEGORI:
        values = [j.persen(kategori) or 0.0 for j in areas]
        bars = ax.barh(range(len(areas)), values, left=left, color=WARNA[kategori], label=labels[kategori],
                       edgecolor="white", linewidth=0.6)  # fmt: skip
        for bar, j, value in zip(bars, areas, values):
            if value >= 6:  # room for the figure inside the bar
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2, str(j[kategori]),
                        ha="center", va="center", color="white", fontsize=8, fontweight="bold")  # fmt: skip
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(range(len(areas)), names, fontsize=8)
    ax.invert_yaxis()  # first area at the top, as in the table
    ax.set_xlim(0, 100)
    ax.set_xlabel("% aksi" if lang != "en" else "% of actions", fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(ncols=4, fontsize=7.5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    # Fixed metadata so that the same data gives the same bytes (reviewable, cacheable).
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
