import { configure } from '@testing-library/react';

// Testing Library's waitFor gives up after 1 s by default; these machines are noisy.
configure({ asyncUtilTimeout: 5000 });
