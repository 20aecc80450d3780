# api: torch.bincount
import torch
labels = torch.tensor([0, 1, 1, 3, 1, 0])
counts = torch.bincount(labels)
padded = torch.bincount(labels, minlength=6)
weighted = torch.bincount(labels, weights=torch.tensor([0.5, 1.0, 1.0, 2.0, 0.25, 0.5]))
