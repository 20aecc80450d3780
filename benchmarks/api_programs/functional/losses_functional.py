# api: torch.nn.functional.mse_loss
import torch
import torch.nn.functional as F
pred = torch.tensor([[0.2, 0.8], [0.6, 0.4], [0.9, 0.1]])
target = torch.tensor([[0.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
a = F.mse_loss(pred, target)
b = F.l1_loss(pred, target, reduction="none")
c = F.smooth_l1_loss(pred, target, beta=0.2)
d = F.binary_cross_entropy(pred, target)
e = F.binary_cross_entropy_with_logits(pred, target, reduction="sum")
f = F.nll_loss(F.log_softmax(pred, 1), torch.tensor([1, 0, 0]))
g = F.kl_div(pred.log(), target + 0.1, reduction="sum")
h = F.cosine_similarity(pred, target, dim=1)
i = F.pairwise_distance(pred, target)
j = F.huber_loss(pred, target)
k = F.binary_cross_entropy(pred, target, weight=torch.tensor([1.0, 2.0]))
l = F.cross_entropy(pred, torch.tensor([1, 0, 0]), reduction="none")
m = F.triplet_margin_loss(pred, target, pred.flip(0))
