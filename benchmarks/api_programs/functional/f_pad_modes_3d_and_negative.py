# api: torch.nn.functional.pad
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(1, 2, 3, 4)
neg = F.pad(x, (-1, 1, 0, -1))
refl = F.pad(x[0], (2, 2), mode="reflect")
circ = F.pad(x, (1, 1, 1, 1), mode="circular")
repl = F.pad(x.unsqueeze(0), (1, 0, 0, 1, 1, 1), mode="replicate")
const = F.pad(x, [1, 1], "constant", 7.5)
last = F.pad(torch.arange(3.), (2, 1), value=-1)
