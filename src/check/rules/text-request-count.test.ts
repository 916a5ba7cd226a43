import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './text-request-count.js';

ruleTester(rule, examples);
