import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './overview-coverage.js';

ruleTester(rule, examples);
