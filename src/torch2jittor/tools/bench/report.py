"""The results as a table, a summary, results.json, results.csv and fps.png."""
from __future__ import annotations

import csv
import io
import json
import math
import os

from .common import FRAMEWORKS, LABELS


def fmt_err(x) -> str:
    return "-" if x is None else ("inf" if math.isinf(x) else f"{x:.1e}")


def format_table(results: list[dict]) -> str:
    head = ["model", "batch", "framework", "ms/iter median [min, max]", "FPS median", "vs PyTorch", "conv/hand", "rel err"]
    rows = []
    for res in results:
        first = True
        for kind in FRAMEWORKS:
            f = res["frameworks"].get(kind)
            if f is None:
                continue
            rows.append([
                res["model"] if first else "", str(res["batch_size"]) if first else "", LABELS[kind],
                f"{f['ms_median']:.2f} [{f['ms_min']:.2f}, {f['ms_max']:.2f}]", f"{f['fps_median']:.1f}",
                f"{f['speed_vs_pytorch']:.2f}x" if "speed_vs_pytorch" in f else "",
                f"{f['speed_vs_handwritten']:.2f}x" if "speed_vs_handwritten" in f else "",
                fmt_err(f.get("rel_err_vs_pytorch")) if kind != "pytorch" else "",
            ])
            first = False
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    right = {1, 3, 4, 5, 6, 7}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    out = [line(head), line(["-" * w for w in widths])]
    previous = None
    for r in rows:
        if r[0] and previous is not None and r[0] != previous:
            out.append("")
        if r[0]:
            previous = r[0]
        out.append(line(r))
    return "\n".join(out)


def summarize(results: list[dict]) -> dict:
    """Per model: geometric means over batch sizes of the speed ratios."""
    summary = {}
    for res in results:
        entry = summary.setdefault(res["model"], {k: [] for k in ("converted_over_handwritten", "converted_over_pytorch", "handwritten_over_pytorch")})
        for key, value in res["ratios"].items():
            entry[key].append(value)
    return {
        model: {key: (math.exp(sum(map(math.log, vals)) / len(vals)) if vals else None) for key, vals in entry.items()}
        for model, entry in summary.items()
    }


def format_summary(summary: dict) -> str:
    head = ["model", "converted/hand-written", "converted Jittor/PyTorch", "hand-written Jittor/PyTorch"]
    rows = [[m] + [f"{v[k]:.2f}x" if v[k] is not None else "-" for k in ("converted_over_handwritten", "converted_over_pytorch", "handwritten_over_pytorch")]
            for m, v in summary.items()]
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    fmt = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return "\n".join(["speed ratios (FPS; per batch size the median of per-repeat ratios, here their geometric mean over "
                      "batch sizes; above 1 = the first is faster):",
                      fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


CSV_FIELDS = ["model", "batch_size", "framework", "turns", "repeats", "warmup_calls", "ms_median", "ms_min", "ms_max",
              "fps_median", "fps_min", "fps_max", "speed_vs_pytorch", "speed_vs_handwritten", "rel_err_vs_pytorch",
              "device", "threads"]


def write_csv(path: str, results: list[dict], env: dict) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for res in results:
        for kind in FRAMEWORKS:
            f = res["frameworks"].get(kind)
            if f is None:
                continue
            row = {"model": res["model"], "batch_size": res["batch_size"], "framework": kind, "turns": res["turns"],
                   "repeats": res["repeats"], "device": env["device"], "threads": env["threads"]["requested"]}
            for key in CSV_FIELDS:
                if key in f and key not in row:
                    value = f[key]
                    row[key] = f"{value:.6g}" if isinstance(value, float) else value
            writer.writerow(row)
    with open(path, "w", newline="") as handle:
        handle.write(buffer.getvalue())


def plot(path: str, results: list[dict], env: dict, settings: dict) -> None:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    # Jittor's compiled code turns on flush-to-zero, which numpy's finfo (used by matplotlib) warns about.
    warnings.filterwarnings("ignore", message="The value of the smallest subnormal")
    import matplotlib.pyplot as plt

    models = list(dict.fromkeys(r["model"] for r in results))
    ncols = min(3, len(models))
    nrows = math.ceil(len(models) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(max(6.0, 4.6 * ncols), 3.6 * nrows + (0.6 if len(models) % ncols else 1.0)), squeeze=False)
    style = {"pytorch": dict(color="#d62728", marker="o"), "jittor_converted": dict(color="#1f77b4", marker="s"),
             "jittor_handwritten": dict(color="#2ca02c", marker="^", linestyle="--")}
    for ax, model in zip(axes.flat, models):
        rows = sorted((r for r in results if r["model"] == model), key=lambda r: r["batch_size"])
        sizes = [r["batch_size"] for r in rows]
        for kind in FRAMEWORKS:
            pts = [(r["batch_size"], r["frameworks"][kind]) for r in rows if kind in r["frameworks"]]
            if not pts:
                continue
            x = [p[0] for p in pts]
            y = [p[1]["fps_median"] for p in pts]
            err = [[p[1]["fps_median"] - p[1]["fps_min"] for p in pts], [p[1]["fps_max"] - p[1]["fps_median"] for p in pts]]
            ax.errorbar(x, y, yerr=err, label=LABELS[kind], capsize=3, linewidth=1.6, markersize=5, **style[kind])
        ax.set_title(os.path.basename(model) if ":" not in model else model.rsplit("/", 1)[-1], fontsize=11)
        if len(sizes) > 1:
            ax.set_xscale("log", base=2)
        ax.set_xticks(sizes)
        ax.set_xticklabels([str(s) for s in sizes])
        ax.minorticks_off()
        ax.set_ylim(bottom=0)
        ax.set_xlabel("batch size")
        ax.set_ylabel("FPS (images/s)")
        ax.grid(True, alpha=0.3)
    spare = list(axes.flat)[len(models):]
    for ax in spare:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    if spare:  # the legend takes an empty panel
        spare[0].legend(handles, labels, loc="center", frameon=False, fontsize=11)
    else:
        fig.legend(handles, labels, loc="lower center", ncol=3, frameon=False, fontsize=10)
    threads = env["threads"]["requested"]
    fig.suptitle(f"Forward speed (FPS vs. batch size): PyTorch vs. Jittor\n{env['device_name']} ({env['device']}, "
                 f"{threads} threads), {settings['image_size']}x{settings['image_size']} input, median of "
                 f"{settings['repeats']} timed loops, bars min-max", fontsize=10)
    fig.tight_layout(rect=(0, 0 if spare else 0.06, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_json(path: str, report: dict) -> None:
    with open(path, "w") as handle:
        json.dump(_finite(report), handle, indent=1, default=_json_default)
        handle.write("\n")


def _json_default(value):
    return str(value)


def _finite(value):
    """JSON has no Infinity/NaN: write them as strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value
