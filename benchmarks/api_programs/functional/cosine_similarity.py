# api: torch.nn.functional.cosine_similarity
import torch
import torch.nn.functional as F
s = F.cosine_similarity(torch.tensor([[1.0, 2.0, 3.0]]), torch.tensor([[3.0, 2.0, 1.0]]))
