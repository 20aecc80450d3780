# api: torch.bucketize
import torch
b = torch.bucketize(torch.tensor([0.5, 2.0, 4.5]), torch.tensor([1.0, 2.0, 3.0]))
