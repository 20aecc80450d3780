# api: torch.Tensor
from typing import List, Optional, Tuple, Dict
import torch
def combine(xs: List[torch.Tensor], w: Optional[torch.Tensor] = None) -> Tuple[torch.Tensor, int]:
    out = torch.stack(xs)
    if w is not None:
        out = out * w
    return out.sum(0), len(xs)
s, n = combine([torch.ones(2), torch.arange(2.0)], torch.tensor(2.0))
def to_dict(t: torch.Tensor) -> Dict[str, float]:
    return {"mean": t.mean().item(), "max": t.max().item()}
d = to_dict(torch.tensor([1.0, 3.0]))
