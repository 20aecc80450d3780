# api: torch.Tensor.masked_fill
import torch
logits = torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]])
lengths = torch.tensor([2, 3])
mask = torch.arange(3).unsqueeze(0) < lengths.unsqueeze(1)
masked = logits.masked_fill(~mask, float("-inf"))
attn = torch.softmax(masked, dim=-1)
tok_loss = (logits * mask).sum() / mask.sum()
