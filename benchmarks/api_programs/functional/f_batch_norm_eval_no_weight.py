# api: torch.nn.functional.batch_norm
import torch
import torch.nn.functional as F
x = torch.arange(2 * 3 * 4, dtype=torch.float32).reshape(2, 3, 4)
rm = torch.tensor([1.0, 2.0, 3.0])
rv = torch.tensor([1.0, 4.0, 9.0])
out = F.batch_norm(x, rm, rv)
with_affine = F.batch_norm(x, rm, rv, torch.tensor([1.0, 0.5, 2.0]), torch.tensor([0.0, 1.0, -1.0]), False, 0.1, 1e-3)
train_no_stats = F.batch_norm(x, None, None, training=True)
