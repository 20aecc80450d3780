# api: torch.nn.functional.cosine_embedding_loss
import torch
import torch.nn.functional as F
loss = F.cosine_embedding_loss(torch.tensor([[1.0, 0.0], [0.0, 1.0]]), torch.tensor([[1.0, 1.0], [1.0, 0.0]]), torch.tensor([1, -1]))
