# api: torch.nn.EmbeddingBag.from_pretrained
import torch
import torch.nn as nn
w = torch.arange(8.).reshape(4, 2)
m = nn.EmbeddingBag.from_pretrained(w, mode="sum", padding_idx=0)
out = m(torch.tensor([[0, 1, 2], [3, 0, 0]]))
frozen = m.weight.requires_grad
