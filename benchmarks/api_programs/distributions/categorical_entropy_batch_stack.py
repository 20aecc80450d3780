# api: torch.distributions.Categorical.entropy
import torch
from torch.distributions import Categorical
ents = []
for logits in (torch.tensor([0.0, 0.0]), torch.tensor([1.0, -1.0]), torch.tensor([5.0, 0.0])):
    ents.append(Categorical(logits=logits).entropy())
stacked = torch.stack(ents)
best = int(torch.argmin(stacked))
