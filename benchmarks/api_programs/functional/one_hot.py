# api: torch.nn.functional.one_hot
import torch
import torch.nn.functional as F
oh = F.one_hot(torch.tensor([0, 2, 1]))
oh4 = F.one_hot(torch.tensor([1]), num_classes=4)
