# api: torch.nn.Module.named_parameters
import torch
import torch.nn as nn
class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(5, 3)
        self.out = nn.Linear(3, 5, bias=False)
        self.out.weight = self.emb.weight
m = Tied()
names = [n for n, _ in m.named_parameters()]
count = len(list(m.parameters()))
sd_keys = list(m.state_dict().keys())
tied = m.out.weight is m.emb.weight
all_names = [n for n, _ in m.named_parameters(remove_duplicate=False)]
