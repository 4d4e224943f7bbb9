"""Fit how a measured time (or memory) grows with the input size n: pure numbers, no I/O.

Two fits, both in log-log space, where a timing that is 10% off counts the same at n = 100 as
at n = 100 000 (timings are noisy in proportion to their size, on a loaded machine more so):

- the exponent: the slope of log(t) against log(n), the median of the slopes between every two
  points (Theil-Sen: a point disturbed by a neighbour's load moves it little), with the R^2 of
  that line. It is taken over the top sizes (within a factor TOP of the largest), or else the
  upper half of the sizes (in log n), when they hold enough points: growth is what happens as n
  gets large, and a quadratic part with a tiny constant (a memmove per step) shows only there,
  under a linear interpreted part that dominates the small sizes. The slope of the lower half beside it says whether the curve
  still bends; a slope whose standard error is large makes the fit uncertain, and so does a
  bend beyond the halves' own noise when the sizes stopped short (too slow to go on), where the
  growth beyond the last size is then not known;
- the model: t = a * f(n) for each f in MODELS, a the median ratio in log space, and the one
  with the smallest residual (the mean square without the worst fifth) wins. n and n log n (or n^2 and n^2 log n) differ by a slowly growing
  factor, so a winner is named alone only when its residual is clearly smaller than its
  sibling's and the log factor changes across the sizes by well more than the noise; otherwise
  the simpler of the two is the model, and both are named.

Why not the `big-O` package (big_O on PyPI): it times a function in its own process with
timeit, and a solution must never run in the judge's process; its fit of `t = a + b * f(n)` is
least squares on the times themselves, where the largest sizes decide everything and a noisy
large point outweighs ten clean small ones; and it measures no memory. What is left of it, a
least-squares fit per class, is a few lines of numpy here. numpy is imported when a fit is made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MODELS = ("1", "log n", "n", "n log n", "n^2", "n^2 log n", "n^3")    # the f(n) of t = a * f(n)
CLEAR = 0.4          # the best model's residual must be below this share of its neighbour's
LEVER = 0.2          # log n must change by about 20% across the sizes to see a log factor
PAIRS = (("1", "log n"), ("n", "n log n"), ("n^2", "n^2 log n"))   # neighbours hard to separate
UPPER = 4            # points the top sizes need for the exponent to be taken there
TOP = 8              # the top sizes: within this factor of the largest, else the upper half
BEND = 0.25          # upper and lower halves' slopes this far apart: the growth is not settled
WOBBLE = 0.15        # a standard error of the exponent above this (2 of them: 0.3): uncertain


def _f(model: str, n):
    import numpy as np

    n = np.asarray(n, dtype=float)
    log = np.log(np.maximum(n, 2.0))
    return {"1": np.ones_like(n), "log n": log, "n": n, "n log n": n * log, "n^2": n * n,
            "n^2 log n": n * n * log, "n^3": n ** 3}[model]


@dataclass(frozen=True)
class Fit:
    """How y grows with n over the measured points."""

    exponent: float          # the slope of log y against log n (Theil-Sen)
    r2: float                # of that straight line in log-log space
    model: str               # the best model: "n", "n log n", "n^2", ...
    alternative: str         # its neighbour, when the data cannot tell them apart, else ""
    coefficient: float       # a in y = a * f(n)
    points: int
    span: float              # largest n / smallest n among the points
    residuals: tuple[tuple[str, float], ...] = ()   # (model, mean squared log residual)
    low: float = 0.0         # the sizes the exponent was taken over
    high: float = 0.0
    bend: float = 0.0        # the upper half's slope less the lower half's, less twice their
                             # combined standard error (0: within the noise, or too few points)
    error: float = 0.0       # the exponent's standard error
    open: bool = False       # the sizes stop short of the size that matters: a bend there
                             # means the growth beyond is not known

    @property
    def quality(self) -> str:
        """good, fair or uncertain: what the fit says is worth what the data allow."""
        if (self.open and abs(self.bend) > BEND) or self.error > WOBBLE:
            return "uncertain"
        if self.points >= 4 and self.span >= 8 and self.r2 >= 0.98:
            return "good"
        if self.points >= 3 and self.span >= 4 and self.r2 >= 0.9:
            return "fair"
        return "uncertain"

    @property
    def doubts(self) -> str:
        """Why the fit is not good, in words; "" when it is."""
        why = []
        if self.points < 4:
            why.append(f"only {self.points} sizes")
        if self.span < 8:
            why.append(f"sizes span only {self.span:.0f}x")
        if self.r2 < 0.98:
            why.append(f"noisy (R^2 {self.r2:.2f})")
        if self.error > WOBBLE:
            why.append(f"exponent +/- {self.error:.2f}")
        if self.open and abs(self.bend) > BEND:
            why.append(f"still bending (the slope {'rises' if self.bend > 0 else 'falls'} by "
                       f"{abs(self.bend):.2f} from the smaller sizes to the larger)")
        return ", ".join(why)

    @property
    def growth(self) -> str:
        """"n", or "n or n log n" when the data do not separate them."""
        return f"{self.model} or {self.alternative}" if self.alternative else self.model

    def predict(self, n: float) -> float:
        return float(self.coefficient * _f(self.model, [n])[0])


def fit(ns: list[float], ys: list[float], open: bool = False) -> Fit | None:
    """The fit of y against n; None with fewer than two distinct sizes or a non-positive y.
    `open`: the sizes stop short of the one that matters (too slow to go on), so a curve that
    still bends says nothing sure about the growth beyond; one measured all the way may bend
    at its small sizes (a lower-order part) and its upper half is the answer."""
    import numpy as np

    x, y = np.asarray(ns, dtype=float), np.asarray(ys, dtype=float)
    if len(x) < 2 or len(set(ns)) < 2 or np.any(y <= 0) or np.any(x <= 0):
        return None
    lx, ly = np.log(x), np.log(y)
    middle = (lx.min() + lx.max()) / 2
    upper, lower = lx >= middle, lx <= middle
    top = lx >= lx.max() - math.log(TOP)
    use = next((part for part in (top, upper) if part.sum() >= UPPER and
                np.ptp(lx[part]) >= math.log(3)), np.ones(len(x), dtype=bool))
    slope, r2, error = _line(lx[use], ly[use])
    bend = 0.0
    if upper.sum() >= 3 and lower.sum() >= 3:
        (high, _, e_high), (low, _, e_low) = _line(lx[upper], ly[upper]), _line(lx[lower], ly[lower])
        # a bend counts only beyond what the two halves' own noise explains
        bend = math.copysign(max(0.0, abs(high - low) - 2 * math.hypot(e_high, e_low)), high - low)
    scores = {}
    for name in MODELS:
        r = ly - np.log(_f(name, x))
        center = float(np.median(r))
        scores[name] = (_trimmed_square(r - center), float(np.exp(center)))
    best = min(scores, key=lambda m: scores[m][0])
    alternative = ""
    pair = next((p for p in PAIRS if best in p), None)
    if pair is not None:
        plain, logged = pair
        other = logged if best == plain else plain
        # The log factor must change across the sizes by more than the noise, and the winner's
        # residual be clearly the smaller: else the simpler one, naming both.
        lever = math.log(math.log(max(x.max(), 3.0)) / math.log(max(x.min(), 2.0)))
        noise = math.sqrt(min(scores[best][0], scores[other][0]))
        if scores[best][0] > CLEAR * scores[other][0] or lever < max(LEVER, 3 * noise):
            best, alternative = plain, logged
    return Fit(exponent=float(slope), r2=max(0.0, r2), model=best, alternative=alternative,
               coefficient=scores[best][1], points=len(x), span=float(x.max() / x.min()),
               residuals=tuple((m, round(scores[m][0], 6)) for m in scores),
               low=float(x[use].min()), high=float(x[use].max()), bend=float(bend),
               error=float(error), open=open)


def _line(lx, ly) -> tuple[float, float, float]:
    """Theil-Sen slope of ly against lx, the R^2 of that line, and the slope's standard error
    (the residuals' spread over the spread of lx, as for least squares)."""
    import numpy as np

    i, j = np.triu_indices(len(lx), 1)
    apart = lx[j] != lx[i]
    slope = float(np.median((ly[j] - ly[i])[apart] / (lx[j] - lx[i])[apart]))
    intercept = float(np.median(ly - slope * lx))
    total = float(np.sum((ly - ly.mean()) ** 2))
    residual = float(np.sum((ly - (slope * lx + intercept)) ** 2))
    r2 = 1.0 - residual / total if total > 1e-12 else 1.0
    spread = float(np.sum((lx - lx.mean()) ** 2))
    error = math.sqrt(residual / (len(lx) - 2) / spread) if len(lx) > 2 and spread > 0 else 0.0
    return slope, r2, error


def exponent_of(growth: str, low: float, high: float) -> float:
    """The exponent a growth ("n log n", "n^2", "2^n") shows between sizes low and high: the
    slope of log f(n) against log n there (n log n's is 1 + about 1 / ln n). Infinite for 2^n."""
    if growth == "2^n":
        return math.inf
    low, high = max(low, 2.0), max(high, low * 1.01)
    f = _f(growth, [low, high])
    return float(math.log(f[1] / f[0]) / math.log(high / low))


def _trimmed_square(deviations) -> float:
    """The mean square of the deviations without the largest fifth: one disturbed point (a
    neighbour stole the core for a moment) should not decide the model."""
    import numpy as np

    squares = np.sort(np.asarray(deviations) ** 2)
    keep = max(2, len(squares) - len(squares) // 5)
    return float(np.mean(squares[:keep]))


def duration(ms: float) -> str:
    """A time as a person says it: 0.04 ms, 40 ms, 4.2 s, 4 minutes, 3 hours, 12 days."""
    if ms < 1:
        return f"{ms:.2f} ms"
    if ms < 1000:
        return f"{ms:.0f} ms"
    s = ms / 1000
    if s < 90:
        return f"{s:.1f} s"
    for unit, size, below in (("minutes", 60, 90 * 60), ("hours", 3600, 36 * 3600),
                              ("days", 86400, 1000 * 86400)):
        if s < below:
            return f"{s / size:.0f} {unit}"
    return f"{s / 31557600:.0f} years"
