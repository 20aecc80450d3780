# api: torch.save
import torch, tempfile, os
_path = os.path.join(tempfile.mkdtemp(), "t.pt")
t = torch.arange(6.0).view(2, 3)
torch.save(t, _path)
u = torch.load(_path)
u2 = u.view(3, 2)
u_shape = u.shape
s = u.sum(0)
