# api: torch.nn.functional.kl_div
import torch
import torch.nn.functional as F
inp = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0], [2.0, 2.0, 0.0]]), dim=-1)
tgt = F.softmax(torch.tensor([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]), dim=-1)
mean = F.kl_div(inp, tgt, reduction="mean")
bm = F.kl_div(inp, tgt, reduction="batchmean")
none = F.kl_div(inp, tgt, reduction="none")
lt = F.kl_div(inp, tgt.log(), reduction="sum", log_target=True)
