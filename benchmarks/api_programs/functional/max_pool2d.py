# api: torch.nn.functional.max_pool2d
import torch
import torch.nn.functional as F
image = torch.tensor([[[[1.0, 6.0, 2.0, 0.0, 3.0],
                        [3.0, 4.0, 9.0, 5.0, 1.0],
                        [7.0, 0.0, 1.0, 8.0, 2.0],
                        [2.0, 5.0, 3.0, 4.0, 6.0]]]])
pooled = F.max_pool2d(image, 2)
pooled_overlap = F.max_pool2d(image, kernel_size=3, stride=1, padding=1)
pooled_ceil = F.max_pool2d(image, (2, 2), ceil_mode=True)
