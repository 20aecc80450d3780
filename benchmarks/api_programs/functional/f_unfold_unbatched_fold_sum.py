# api: torch.nn.functional.fold
import torch
import torch.nn.functional as F
x = torch.arange(2 * 4 * 4, dtype=torch.float32).reshape(2, 4, 4)
cols = F.unfold(x.unsqueeze(0), 2, stride=2)
back = F.fold(cols, (4, 4), 2, stride=2)
same = torch.equal(back[0], x)
overlap = F.fold(F.unfold(torch.ones(1, 1, 3, 3), 2), (3, 3), 2)
