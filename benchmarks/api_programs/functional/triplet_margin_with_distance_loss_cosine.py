# api: torch.nn.functional.triplet_margin_with_distance_loss
import torch
import torch.nn.functional as F
a = torch.tensor([[1.0, 0.0, 0.5], [0.2, 0.3, 0.1]])
p = torch.tensor([[0.9, 0.1, 0.4], [0.0, 1.0, 0.0]])
n = torch.tensor([[0.0, 1.0, 0.0], [0.2, 0.2, 0.2]])
cos_loss = F.triplet_margin_with_distance_loss(a, p, n, distance_function=lambda u, v: 1 - F.cosine_similarity(u, v),
                                               margin=0.3, swap=True, reduction='none')
