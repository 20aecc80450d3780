# api: torch.Tensor.masked_fill
import torch
def attention(q, k, mask=None):
    scores = q @ k.transpose(-2, -1) / (q.size(-1) ** 0.5)
    if mask is not None:
        scores = scores.masked_fill(mask == 0, -1e9)
    return torch.softmax(scores, dim=-1)
q = torch.arange(8.0).view(1, 2, 4) / 8
k = torch.arange(8.0).view(1, 2, 4).flip(-1) / 8
a1 = attention(q, k)
a2 = attention(q, k, mask=torch.tensor([[[1, 0], [1, 1]]]))
