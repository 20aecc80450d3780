"""torch.fx: `torch.fx.wrap` only marks a function for symbolic tracing; the stand-in returns it."""
from .schema import helper

ENTRIES = {
    "torch.fx.wrap": helper("fn_or_name", "fx_wrap"),
}
