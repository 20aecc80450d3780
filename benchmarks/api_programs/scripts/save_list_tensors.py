# api: torch.load
import torch, tempfile, os
_path = os.path.join(tempfile.mkdtemp(), "l.pt")
torch.save([torch.ones(2), torch.zeros(3)], _path)
lst = torch.load(_path)
n = len(lst)
first = lst[0]
lst[1] = lst[1] + 1
second = lst[1]
