# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
m = nn.EmbeddingBag(5, 3, mode="max", include_last_offset=True)
with torch.no_grad():
    m.weight.copy_(torch.sin(torch.arange(15.)).reshape(5, 3))
out = m(torch.tensor([0, 1, 2, 3, 4]), torch.tensor([0, 3, 5]))
