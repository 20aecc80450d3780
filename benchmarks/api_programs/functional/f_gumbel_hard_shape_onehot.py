# api: torch.nn.functional.gumbel_softmax
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 3.0], [3.0, 0.0, -1.0]])
_hard = F.gumbel_softmax(logits, tau=0.5, hard=True)
row_sums = _hard.sum(dim=-1)
is_onehot = bool(((_hard == 0) | (_hard == 1)).all())
soft_shape = F.gumbel_softmax(logits, dim=0).shape
