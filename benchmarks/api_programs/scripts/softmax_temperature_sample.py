# api: torch.multinomial
import torch
logits = torch.tensor([[1.0, 2.0, 3.0]])
T = 0.5
probs = torch.softmax(logits / T, dim=-1)
torch.manual_seed(0)
_idx = torch.multinomial(probs, num_samples=1)
idx_shape = _idx.shape
idx_dtype = _idx.dtype
top = probs.argmax(dim=-1, keepdim=True)
