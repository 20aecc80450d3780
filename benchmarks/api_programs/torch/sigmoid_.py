# api: torch.sigmoid_
import torch
logits = torch.tensor([-2.0, 0.0, 2.0, 10.0])
torch.sigmoid_(logits)
