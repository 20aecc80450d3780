# api: torch.manual_seed
import random
import numpy as np
import torch
def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
set_seed(0)
r = random.random()
n = float(np.random.rand())
torch.set_printoptions(precision=3)
threads = torch.get_num_threads() > 0
